/*
 * Externs for ThemeScriptsTest, which runs Closure Compiler's checks on the theme's scripts
 * (themes/default/assets/*.js, checked together, stek.js first). Closure knows the browser's
 * own API; this file declares what the pages' data scripts and the Snowball stemmers add, so
 * that a name misspelt in a script is reported. Each record lists the names a script reads.
 */

/**
 * search/facets.js (org.stek.browse.FacetData): stek.addFacets({...}), card i = document i.
 * @record
 */
function StekFacets() {}
/** @type {number} */ StekFacets.prototype.n;
/** @type {!Array<string>} */ StekFacets.prototype.slugs;
/** @type {?} taxonomies: {key, label, values: [[key, label]], cards: bitmask per card} */
StekFacets.prototype.tax;
/** @type {?} [[key, label]] */ StekFacets.prototype.countries;
/** @type {!Array<number>} index in countries per card, -1 for none */
StekFacets.prototype.country;
/** @type {?} ratings: {key, label, max, cards: level per card} */ StekFacets.prototype.ratings;
/** @type {!Array<number>} days since 1970, 0 unknown */ StekFacets.prototype.date;
/** @type {!Array<number>} rank by title */ StekFacets.prototype.title;
/** @type {!Array<number>} year, 0 unknown */ StekFacets.prototype.started;
/** @type {?} a taxonomy's or a rating's value per card */ StekFacets.prototype.cards;
/** @type {number} a rating's highest level */ StekFacets.prototype.max;

/**
 * search/manifest.js (org.stek.search.IndexExport): stek.addShard({type: 'm', ...}).
 * @record
 */
function StekManifest() {}
/** @type {string} */ StekManifest.prototype.lang;
/** @type {!Array<string>} */ StekManifest.prototype.stop;
/** @type {!Object<string, string>} stem overrides */ StekManifest.prototype.over;
/** @type {!Array<string>} first term of each term shard */ StekManifest.prototype.first;
/** @type {?} per field: {n, avg, boost} */ StekManifest.prototype.fields;
/** @type {number} */ StekManifest.prototype.k1;
/** @type {number} */ StekManifest.prototype.b;
/** @type {number} */ StekManifest.prototype.free;
/** @type {number} */ StekManifest.prototype.docShard;
/** @type {number} */ StekManifest.prototype.maxExp;
/** @type {number} */ StekManifest.prototype.maxTerms;
/** @type {number} */ StekManifest.prototype.minPrefix;
/** @type {?} synonym groups: entries of [term, position] */ StekManifest.prototype.syn;
/** @type {number} a synonym's weight */ StekManifest.prototype.synWeight;
/** @type {number} the shortest word a suggestion corrects */ StekManifest.prototype.minSuggest;
/** @type {number} a field's document count */ StekManifest.prototype.n;
/** @type {number} a field's average length */ StekManifest.prototype.avg;
/** @type {number} a field's boost */ StekManifest.prototype.boost;

/**
 * A document of the search index's document shards (search/d-N.js): what a result shows.
 * @record
 */
function StekDoc() {}
/** @type {string} url, relative to the site root */ StekDoc.prototype.u;
/** @type {string} title */ StekDoc.prototype.t;
/** @type {string} summary */ StekDoc.prototype.s;
/** @type {string} text, for the excerpt */ StekDoc.prototype.x;
/** @type {string} kind: practice or recommendation */ StekDoc.prototype.k;
/** @type {string} organisation */ StekDoc.prototype.o;
/** @type {string} place */ StekDoc.prototype.pl;
/** @type {!Array<string>} themes */ StekDoc.prototype.th;
/** @type {?} ratings: [label, level, max] */ StekDoc.prototype.r;

/**
 * The words in the data-* attributes of #browse, #compare and #search-app (element.dataset), from
 * i18n/messages_<lang>.properties.
 * @record
 */
function StekMessages() {}
/** @type {string} */ StekMessages.prototype.search;
/** @type {string} */ StekMessages.prototype.sort;
/** @type {string} */ StekMessages.prototype.newest;
/** @type {string} */ StekMessages.prototype.title;
/** @type {string} */ StekMessages.prototype.relevance;
/** @type {string} */ StekMessages.prototype.by;
/** @type {string} */ StekMessages.prototype.country;
/** @type {string} */ StekMessages.prototype.any;
/** @type {string} */ StekMessages.prototype.min;
/** @type {string} */ StekMessages.prototype.atLeast;
/** @type {string} */ StekMessages.prototype.atMost;
/** @type {string} */ StekMessages.prototype.exactly;
/** @type {string} */ StekMessages.prototype.count;
/** @type {string} */ StekMessages.prototype.one;
/** @type {string} */ StekMessages.prototype.none;
/** @type {string} */ StekMessages.prototype.reset;
/** @type {string} */ StekMessages.prototype.filters;
/** @type {string} */ StekMessages.prototype.active;
/** @type {string} */ StekMessages.prototype.remove;
/** @type {string} */ StekMessages.prototype.rating;
/** @type {string} */ StekMessages.prototype.compare;
/** @type {string} */ StekMessages.prototype.compareGo;
/** @type {string} */ StekMessages.prototype.compareMax;
/** @type {string} */ StekMessages.prototype.compareSome;
/** @type {string} */ StekMessages.prototype.compareClear;
/** @type {string} */ StekMessages.prototype.empty;
/** @type {string} */ StekMessages.prototype.organisation;
/** @type {string} */ StekMessages.prototype.place;
/** @type {string} */ StekMessages.prototype.started;
/** @type {string} */ StekMessages.prototype.published;
/** @type {string} */ StekMessages.prototype.summary;
/** @type {string} */ StekMessages.prototype.error;
/** @type {string} */ StekMessages.prototype.themes;
/** @type {string} */ StekMessages.prototype.minRating;
/** @type {string} */ StekMessages.prototype.recommendation;
/** @type {string} */ StekMessages.prototype.didYouMean;
/** @type {string} */ StekMessages.prototype.instead;

/**
 * The JSON Schema keywords card-schema.js reads (schema/<type>.schema.js).
 * @record
 */
function StekSchema() {}
/** @type {?} */ StekSchema.prototype.type;
/** @type {?} */ StekSchema.prototype.enum;
/** @type {number} */ StekSchema.prototype.minLength;
/** @type {string} */ StekSchema.prototype.pattern;
/** @type {string} */ StekSchema.prototype.format;
/** @type {number} */ StekSchema.prototype.minimum;
/** @type {number} */ StekSchema.prototype.maximum;
/** @type {number} */ StekSchema.prototype.minItems;
/** @type {?} */ StekSchema.prototype.items;
/** @type {?} */ StekSchema.prototype.required;
/** @type {?} */ StekSchema.prototype.properties;
/** @type {?} */ StekSchema.prototype.additionalProperties;

/**
 * The Snowball stemmers (assets/vendor/snowball/).
 * @constructor
 */
function SnowballStemmer() {}
/** @param {string} s */ SnowballStemmer.prototype.setCurrent = function (s) {};
/** @return {boolean} */ SnowballStemmer.prototype.stem = function () {};
/** @return {string} */ SnowballStemmer.prototype.getCurrent = function () {};
/** @type {(function(new:SnowballStemmer)|undefined)} */ Window.prototype.EnglishStemmer;
/** @type {(function(new:SnowballStemmer)|undefined)} */ Window.prototype.DutchStemmer;

/** @type {?} sections/N.js (org.stek.export.SectionShards): per shard, per practice {key: text} */
Window.prototype.stekSections;

/**
 * A body section in a card schema's x-stek-sections (org.stek.schema.CardSchema).
 * @record
 */
function StekSection() {}
/** @type {string} */ StekSection.prototype.key;
/** @type {boolean} */ StekSection.prototype.required;
/** @type {!Array<string>} */ StekSection.prototype.headings;
