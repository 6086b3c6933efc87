/*
 * The search API on every page, in a few hundred bytes: the engine (search.js and the Snowball
 * stemmer, ~30 KB) loads on first use, as classic <script> elements, so it works from file://.
 *
 *   stek.search(query, {limit}) -> Promise<[{url, title, score}]>   url relative to the site root
 *   stek.ready() -> Promise                                          engine and manifest loaded
 *   stek.analyze(text) -> [terms]                                    after stek.ready()
 *
 * search.js replaces these functions with its own as it loads.
 */
(function () {
  'use strict';
  var stek = (window.stek = window.stek || {});
  if (stek.engine) return; // the search page loads the engine itself
  var script = document.currentScript;
  var root = script ? script.src.replace(/assets\/stek\.js(?:[?#].*)?$/, '') : '';
  var stemmer = document.documentElement.lang === 'en' ? 'EnglishStemmer' : 'DutchStemmer';
  var files = ['vendor/snowball/Among.js', 'vendor/snowball/SnowballProgram.js',
    'vendor/snowball/' + stemmer + '.js', 'search.js'];
  var loading = null;

  function add(file) {
    return new Promise(function (resolve, reject) {
      var el = document.createElement('script');
      el.src = root + 'assets/' + file;
      el.onload = resolve;
      el.onerror = function () { reject(new Error('cannot load ' + file)); };
      document.head.appendChild(el);
    });
  }

  function engine() {
    if (!loading) {
      // In order: each file uses the ones before it.
      loading = files.reduce(function (p, f) {
        return p.then(function () { return add(f); });
      }, Promise.resolve());
    }
    return loading;
  }

  stek.ready = function () {
    return engine().then(function () { return stek.ready(); });
  };
  stek.search = function (query, opts) {
    return engine().then(function () { return stek.search(query, opts); });
  };
  stek.docs = function (ids) {
    return engine().then(function () { return stek.docs(ids); });
  };
  stek.analyze = function () {
    throw new Error('stek.analyze needs the engine: call stek.ready() first');
  };
})();
