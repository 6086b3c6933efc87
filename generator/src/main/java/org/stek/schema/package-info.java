/**
 * What a card may say, as data: its fields from site.yaml, and the JSON Schema written to the site.
 */
package org.stek.schema;
