/** Pages from FreeMarker templates of the theme, fed with view models built from the cards. */
package org.stek.render;
