/** YAML read into a small tree that remembers the line and column of every key and value. */
package org.stek.yaml;
