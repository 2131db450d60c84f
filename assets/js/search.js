/*
 * The search page: finds articles in the index the bake wrote under search/ (see docs/search.md),
 * fetching only the shards of the query's own terms. No framework, no request to anyone but the site,
 * and every address relative, so the site works from any bucket prefix. The splitting and matching
 * rules are those of news.portal.search on the bake's side.
 */
(function () {
  "use strict";

  var PAGE = 10;
  var DEBOUNCE = 50;
  var WARM_TABLES = 32;
  var TITLE = 0, TERMS = 1, SUMMARY = 2, BODY = 3, PINYIN = 4;
  var INSIDE = 2;
  var LAST = "0123456789abcdefghijklmnopqrstuv";
  var MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  var WORD = /[\p{L}\p{Nd}]/u;
  var MAX_WORD = 32;

  var list = document.getElementById("search-results");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var moreWrap = document.getElementById("search-more-wrap");
  var moreButton = document.getElementById("search-more");
  if (!list || !input) {
    return;
  }
  var base = new URL(list.getAttribute("data-index"), location.href);
  var root = list.getAttribute("data-root") || "";
  var cache = new Map();
  var manifest = null;
  var simplified = new Map();
  var partsLoaded = new Set();
  var syllables = null;
  var generation = 0;
  var shown = [];
  var current = null;
  var showing = null;
  var baseTitle = document.title;

  /* A file of the index, fetched once; one whose fetch was called off (options.signal) is asked for again. */
  function fetchJson(path, options) {
    var url = new URL(path, base).href;
    var known = cache.get(url);
    if (!known || known.signal && known.signal.aborted) {
      var entry = { promise: null, signal: options && options.signal };
      entry.promise = fetch(url, options || {}).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status + " " + url);
        }
        return response.json();
      }).then(function (json) {
        // once here, calling the fetch off later changes nothing: the file stays cached
        entry.signal = null;
        return json;
      }).catch(function (error) {
        if (cache.get(url) === entry) {
          cache.delete(url);
        }
        throw error;
      });
      cache.set(url, entry);
      known = entry;
    }
    return known.promise;
  }


  function loadManifest() {
    if (!manifest) {
      // the manifest keeps its name from bake to bake: always ask the server whether it changed
      manifest = fetchJson("index.json", { cache: "no-cache" }).then(function (m) {
        syllables = new Set(m.pinyin);
        return m;
      });
    }
    return manifest;
  }

  /* Whether a UTF-16 unit is where the traditional → simplified table has entries (as news.portal.search.Fold). */
  function ideograph(code) {
    return code >= 0x3400 && code <= 0x9fff;
  }

  function loadParts(m, codes) {
    var wanted = new Set();
    codes.forEach(function (code) { wanted.add(code % m.t2sParts); });
    return Promise.all(Array.from(wanted).map(function (part) {
      return fetchJson("s/" + part + "." + m.t2s + ".json").then(function (t) {
        for (var i = 0; i < t.from.length; i++) {
          simplified.set(t.from[i], t.to[i]);
        }
        partsLoaded.add(part);
      });
    }));
  }

  function ideographs(text) {
    var codes = [];
    var normal = text.normalize("NFKC");
    for (var i = 0; i < normal.length; i++) {
      if (ideograph(normal.charCodeAt(i))) {
        codes.push(normal.charCodeAt(i));
      }
    }
    return codes;
  }

  /*
   * The traditional → simplified table as far as folding the text needs it: the parts of its characters.
   * Null for text without ideographs.
   */
  function loadFolding(m, text) {
    var codes = ideographs(text);
    if (codes.length === 0) {
      return Promise.resolve(null);
    }
    return loadParts(m, codes).then(function () {
      return simplified;
    });
  }

  /*
   * Then the parts of their simplified forms, which hold every traditional form of them, so that a title's
   * traditional characters are marked where they fold to the query's. Only the marks need these: the search
   * goes on while they load.
   */
  function loadMarking(m, text) {
    return loadFolding(m, text).then(function (table) {
      if (!table) {
        return null;
      }
      return loadParts(m, ideographs(text).map(function (code) {
        var c = String.fromCharCode(code);
        return (simplified.get(c) || c).charCodeAt(0);
      })).then(function () {
        return simplified;
      });
    });
  }

  /* One UTF-16 unit folded as the bake folds it: lower case, simplified. */
  function foldUnit(c, table) {
    var code = c.charCodeAt(0);
    if (code < 0x80) {
      return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
    }
    if (table && table.has(c)) {
      return table.get(c);
    }
    return code >= 0xd800 && code <= 0xdfff ? c : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
  }

  function fold(text, table) {
    var normal = text.normalize("NFKC");
    var out = "";
    for (var i = 0; i < normal.length; i++) {
      out += foldUnit(normal[i], table);
    }
    return out;
  }

  /* Folds each unit alone, so offsets in the result are offsets in the original: for marking matches. */
  function foldInPlace(text, table) {
    var out = new Array(text.length);
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      var code = c.charCodeAt(0);
      // the main Han block and ASCII are their own NFKC forms: most of a Chinese body skips normalize()
      if (code >= 0x80 && !(code >= 0x4e00 && code <= 0x9fff) && !(code >= 0xd800 && code <= 0xdfff)) {
        var n = c.normalize("NFKC");
        c = n.length === 1 ? n : c;
      }
      out[i] = foldUnit(c, table);
    }
    return out.join("");
  }

  /* Terms of folded text: {term, offset, kind} with kind "bigram", "single" or "word". */
  function tokens(text) {
    var result = [];
    var i = 0;
    while (i < text.length) {
      var c = String.fromCodePoint(text.codePointAt(i));
      if (CJK.test(c)) {
        var previous = -1;
        while (i < text.length && CJK.test(c = String.fromCodePoint(text.codePointAt(i)))) {
          var next = i + c.length;
          if (previous >= 0) {
            result.push({ term: text.substring(previous, next), offset: previous, kind: "bigram" });
          }
          result.push({ term: c, offset: i, kind: "single" });
          previous = i;
          i = next;
        }
      } else if (WORD.test(c)) {
        var start = i;
        while (i < text.length && WORD.test(c = String.fromCodePoint(text.codePointAt(i))) && !CJK.test(c)) {
          i += c.length;
        }
        var end = Math.min(i, start + MAX_WORD);
        var last = text.charCodeAt(end - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          end--;
        }
        result.push({ term: text.substring(start, end), offset: start, kind: "word" });
      } else {
        i += c.length;
      }
    }
    return result;
  }

  /*
   * The terms a query needs: a character that is part of one of its bigrams adds nothing to what the bigram
   * matches, and a common character's shard is among the heaviest; as news.portal.search.Searcher.needed.
   */
  function queryTerms(terms) {
    var covered = new Set();
    terms.forEach(function (t) {
      if (t.kind === "bigram") {
        covered.add(t.offset);
        covered.add(t.offset + t.term.length - (t.term.charCodeAt(t.term.length - 1) >= 0xdc00
            && t.term.charCodeAt(t.term.length - 1) <= 0xdfff ? 2 : 1));
      }
    });
    return terms.filter(function (t) { return t.kind !== "single" || !covered.has(t.offset); });
  }

  function shardKey(term) {
    if (term.length > 0 && CJK.test(String.fromCodePoint(term.codePointAt(0)))) {
      return term;
    }
    return term.length <= 2 ? term : term.substring(0, 2);
  }

  function shardOf(term, count) {
    var key = shardKey(term);
    var hash = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % count;
  }

  /* Digit values by character code: a posting list of a common term is thousands of characters long. */
  var DIGITS = new Int8Array(128).fill(-1);
  for (var d = 0; d < 32; d++) {
    DIGITS[LAST.charCodeAt(d)] = d;
    DIGITS[MORE.charCodeAt(d)] = 32 + d;
  }

  function decode(text) {
    var values = [];
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGITS[text.charCodeAt(i)];
      if (digit >= 32) {
        value = value * 32 + digit - 32;
      } else {
        values.push(value * 32 + digit);
        value = 0;
      }
    }
    return values;
  }

  /*
   * The fingerprint of shard ("t") or document list ("d") number n: the manifest names tables of
   * fingerprints, each file's own name is in its table, so the manifest stays small at any archive size.
   */
  function nameOf(m, kind, n) {
    var table = Math.floor(n / m.names);
    var hashes = kind === "t" ? m.shardNames : m.docNames;
    return fetchJson("n/" + kind + table + "." + hashes[table] + ".json").then(function (names) {
      return names[n % m.names];
    });
  }

  function loadShard(m, number) {
    return nameOf(m, "t", number).then(function (hash) {
      return fetchJson("t/" + number + "." + hash + ".json");
    });
  }

  /* The entries of a term, or of every word it begins. */
  function entries(shard, term, prefix) {
    if (!prefix) {
      return Object.prototype.hasOwnProperty.call(shard, term) ? [shard[term]] : [];
    }
    var key = shardKey(term);
    var found = [];
    for (var name in shard) {
      if (Object.prototype.hasOwnProperty.call(shard, name) && name.lastIndexOf(term, 0) === 0
          && shardKey(name) === key) {
        found.push(shard[name]);
      }
    }
    return found;
  }

  /*
   * Per field, the set of documents; for titles, document → [position, shape, position, shape, …] (shape:
   * length × 2 + run start). Arrays, not maps: a character in every title has ten thousand of them.
   */
  function postings(lists) {
    var fields = [new Set(), new Set(), new Set(), new Set(), new Set()];
    var shapes = new Map();
    lists.forEach(function (entry) {
      for (var f = 0; f < entry.length; f++) {
        var numbers = decode(entry[f]);
        var id = 0;
        for (var i = 0; i < numbers.length; i++) {
          id += numbers[i];
          fields[f].add(id);
          if (f === TITLE) {
            var own = shapes.get(id);
            if (!own) {
              shapes.set(id, own = []);
            }
            own.push(numbers[i + 1], numbers[i + 2]);
            i += 2;
          }
        }
      }
    });
    return { fields: fields, shapes: shapes };
  }

  /* The shape of a title's term at a position, or -1. */
  function shapeAt(own, at) {
    for (var i = 0; own && i < own.length; i += 2) {
      if (own[i] === at) {
        return own[i + 1];
      }
    }
    return -1;
  }

  /* The fewest syllables that spell a word, the last perhaps unfinished; null when it is not pinyin. */
  function splitPinyin(word, partialLast) {
    var n = word.length;
    var best = [0], from = [0];
    for (var e = 1; e <= n; e++) {
      best[e] = Infinity;
      for (var s = Math.max(0, e - 6); s < e; s++) {
        if (best[s] === Infinity) {
          continue;
        }
        var piece = word.substring(s, e);
        var fits = syllables.has(piece);
        if (!fits && partialLast && e === n) {
          syllables.forEach(function (known) {
            if (known.lastIndexOf(piece, 0) === 0) {
              fits = true;
            }
          });
        }
        if (fits && best[s] + 1 < best[e]) {
          best[e] = best[s] + 1;
          from[e] = s;
        }
      }
    }
    if (best[n] === Infinity) {
      return null;
    }
    var pieces = [];
    for (var end = n; end > 0; end = from[end]) {
      pieces.unshift(word.substring(from[end], end));
    }
    return pieces;
  }

  function intersect(sets) {
    var result = null;
    sets.forEach(function (set) {
      if (result === null) {
        result = new Set(set);
      } else {
        result.forEach(function (id) {
          if (!set.has(id)) {
            result.delete(id);
          }
        });
      }
    });
    return result;
  }

  /* The syllables a query of Latin words spells, the last perhaps unfinished; null when it is not pinyin. */
  function pinyinOf(terms) {
    if (!terms.every(function (t) { return t.kind === "word"; })) {
      return null;
    }
    var pinyin = [];
    for (var w = 0; w < terms.length && pinyin; w++) {
      var split = splitPinyin(terms[w].term, w === terms.length - 1);
      pinyin = split ? pinyin.concat(split) : null;
    }
    if (pinyin) {
      var lastPiece = pinyin[pinyin.length - 1];
      if (!syllables.has(lastPiece) && lastPiece.length < 2) {
        pinyin.pop();
      }
    }
    return pinyin;
  }

  /* The numbers of the shards a query reads: those of its terms and of its syllables. */
  function shardsOf(m, terms, pinyin) {
    var needed = new Set();
    terms.forEach(function (t) { needed.add(shardOf(t.term, m.shards)); });
    (pinyin || []).forEach(function (p) { needed.add(shardOf(p, m.shards)); });
    return Array.from(needed);
  }

  /* Ranked document numbers of a query: [{id, tier, place, run, also}], best first. */
  function search(m, folded) {
    var terms = queryTerms(tokens(folded));
    if (terms.length === 0) {
      return Promise.resolve([]);
    }
    var pinyin = pinyinOf(terms);
    var numbers = shardsOf(m, terms, pinyin);
    return Promise.all(numbers.map(function (n) { return loadShard(m, n); })).then(function (loaded) {
      var shards = new Map();
      numbers.forEach(function (n, i) { shards.set(n, loaded[i]); });
      var found = terms.map(function (t) {
        var shard = shards.get(shardOf(t.term, m.shards));
        return postings(entries(shard, t.term, t.kind === "word" && t.term.length >= 2));
      });
      var tiers = new Map(), places = new Map(), runs = new Map(), fields = new Map();
      function rank(id, tier) {
        if (!tiers.has(id) || tiers.get(id) > tier) {
          tiers.set(id, tier);
        }
      }
      [TITLE, TERMS, SUMMARY, BODY].forEach(function (field) {
        var sets = [];
        terms.forEach(function (t, i) {
          // bodies have no single characters in the index
          if (!(field === BODY && t.kind === "single")) {
            sets.push(found[i].fields[field]);
          }
        });
        var match = intersect(sets);
        if (!match) {
          return;
        }
        var tier = field === TITLE ? 1 : field === TERMS ? 2 : field === SUMMARY ? 3 : 5;
        match.forEach(function (id) {
          fields.set(id, (fields.get(id) || 0) | (1 << field));
          var own = tier;
          if (tier === 1) {
            var best = phrase(terms, found, id);
            own = best ? 0 : 1;
            places.set(id, best ? best.place : INSIDE);
            runs.set(id, best ? best.run : shortestRun(found[0].shapes.get(id)));
          }
          rank(id, own);
        });
      });
      if (pinyin && pinyin.length > 0) {
        var sets = pinyin.map(function (piece, i) {
          // the last syllable may be unfinished: it matches every syllable it begins
          var partial = i === pinyin.length - 1 && piece.length >= 2;
          var shard = shards.get(shardOf(piece, m.shards));
          return postings(entries(shard, piece, partial)).fields[PINYIN];
        });
        intersect(sets).forEach(function (id) { rank(id, 4); });
      }
      var ranked = [];
      tiers.forEach(function (tier, id) {
        var f = fields.get(id) || 0;
        ranked.push({
          id: id,
          tier: tier,
          place: tier === 0 ? places.get(id) : INSIDE,
          run: tier <= 1 ? runs.get(id) : 0,
          also: ((f >> TERMS & 1) << 2) | ((f >> SUMMARY & 1) << 1) | (f >> BODY & 1)
        });
      });
      // as news.portal.search.Searcher.ORDER: tier, shorter run, phrase at a start, more fields, newer
      ranked.sort(function (a, b) {
        return a.tier - b.tier || a.run - b.run || a.place - b.place || b.also - a.also || a.id - b.id;
      });
      return ranked;
    });
  }

  /*
   * Where the title has the query's terms at the query's own distances (the exact phrase): {place, run} of
   * its best occurrence, by the shorter run, then the place (0 the title's start, 1 a run's start, 2 inside
   * a run); null for none. A shape is the run's length × 2, plus 1 at the run's start.
   */
  function phrase(terms, found, id) {
    var first = found[0].shapes.get(id);
    var best = null;
    for (var k = 0; first && k < first.length; k += 2) {
      var start = first[k], shape = first[k + 1];
      var all = true;
      for (var i = 1; i < terms.length && all; i++) {
        all = shapeAt(found[i].shapes.get(id), start + terms[i].offset - terms[0].offset) >= 0;
      }
      if (all) {
        var where = start === 0 ? 0 : (shape & 1) === 1 ? 1 : INSIDE;
        var run = shape >> 1;
        if (!best || run < best.run || run === best.run && where < best.place) {
          best = { place: where, run: run };
        }
      }
    }
    return best;
  }

  function shortestRun(own) {
    var shortest = Infinity;
    for (var k = 0; k < own.length; k += 2) {
      shortest = Math.min(shortest, own[k + 1] >> 1);
    }
    return shortest;
  }

  /* A result's line, [address, title, date, section], from the list of its chunk. */
  function lineOf(m, id, signal) {
    var chunk = Math.floor(id / m.chunk);
    return nameOf(m, "d", chunk).then(function (hash) {
      return fetchJson("d/" + chunk + "." + hash + ".json", { signal: signal });
    }).then(function (lines) {
      return lines[id % m.chunk];
    });
  }

  /* What to mark: each run of CJK characters of the query, and each word. */
  function needles(folded) {
    var result = [];
    var parts = folded.split(/[^\p{L}\p{Nd}]+/u);
    parts.forEach(function (part) {
      var run = "";
      Array.from(part).forEach(function (c) {
        var cjk = CJK.test(c);
        if (run && cjk !== CJK.test(Array.from(run).pop())) {
          result.push(run);
          run = "";
        }
        run += c;
      });
      if (run) {
        result.push(run);
      }
    });
    return result.filter(function (n) { return n.length > 0; });
  }

  /* Ranges of text where a needle is, or, failing whole needles, where any of their bigrams is. */
  function ranges(folded, marks) {
    var found = [];
    function add(needle) {
      for (var at = folded.indexOf(needle); at >= 0 && needle; at = folded.indexOf(needle, at + needle.length)) {
        found.push([at, at + needle.length]);
      }
    }
    marks.forEach(add);
    if (found.length === 0) {
      marks.forEach(function (needle) {
        tokens(needle).forEach(function (t) {
          if (t.kind === "bigram") {
            add(t.term);
          }
        });
      });
    }
    found.sort(function (a, b) { return a[0] - b[0]; });
    return found;
  }

  /* Appends text to a parent with the given ranges in <mark>. */
  function marked(parent, text, spans, from, to) {
    var at = from;
    spans.forEach(function (span) {
      var start = Math.max(span[0], at), end = Math.min(span[1], to);
      if (start >= end) {
        return;
      }
      parent.appendChild(document.createTextNode(text.substring(at, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.substring(start, end);
      parent.appendChild(mark);
      at = end;
    });
    parent.appendChild(document.createTextNode(text.substring(at, to)));
  }

  /* A result without its snippet: the linked title with its matches marked, the date and the section. */
  function item(line, marks, table) {
    var li = document.createElement("li");
    var heading = document.createElement("h2");
    var link = document.createElement("a");
    link.href = root + line[0];
    marked(link, line[1], ranges(foldInPlace(line[1], table), marks), 0, line[1].length);
    heading.appendChild(link);
    li.appendChild(heading);
    var info = document.createElement("p");
    info.className = "search-info";
    var time = document.createElement("time");
    time.setAttribute("datetime", line[2]);
    time.textContent = line[2];
    info.appendChild(time);
    if (line[3]) {
      info.appendChild(document.createTextNode(" · " + line[3]));
    }
    li.appendChild(info);
    return li;
  }

  /* Adds the line of text around the first match in the body (else the summary) to a result. */
  function addSnippet(li, doc, marks, table) {
    var text = doc.b;
    var spans = ranges(foldInPlace(text, table), marks);
    if (spans.length === 0) {
      text = doc.m;
      spans = ranges(foldInPlace(text, table), marks);
    }
    if (text) {
      var from = spans.length ? Math.max(0, spans[0][0] - 30) : 0;
      var to = Math.min(text.length, from + 120);
      var snippet = document.createElement("p");
      snippet.className = "search-snippet";
      snippet.appendChild(document.createTextNode(from > 0 ? "…" : ""));
      marked(snippet, text, spans, from, to);
      snippet.appendChild(document.createTextNode(to < text.length ? "…" : ""));
      li.appendChild(snippet);
    }
  }

  /*
   * Shows the next ten results: their lines as soon as their lists are there (then onShown), their
   * snippets once their articles' files are; the list is done when both are. Each result's file is asked
   * for as soon as its own list is there, not after the last list.
   */
  function showMore(onShown, marking) {
    var run = current;
    var mine = generation;
    var next = shown.slice(list.children.length, list.children.length + PAGE);
    list.setAttribute("data-state", "loading");
    // typing again calls these fetches off: on HTTP/1.1 they would hold the connections the next query needs
    var signal = (showing = new AbortController()).signal;
    var lines = next.map(function (hit) { return lineOf(run.manifest, hit.id, signal); });
    var docs = lines.map(function (line) {
      return line.then(function (l) {
        return run === current && mine === generation ? fetchJson("a/" + l[0] + ".json", { signal: signal }) : null;
      });
    });
    return Promise.all(lines.concat([marking || null])).then(function (found) {
      if (run !== current) {
        return;
      }
      var items = found.slice(0, lines.length).map(function (line) {
        var li = item(line, run.marks, run.table);
        list.appendChild(li);
        return li;
      });
      moreWrap.hidden = list.children.length >= shown.length;
      if (onShown) {
        onShown();
      }
      return Promise.all(docs.map(function (doc, i) {
        return doc.then(function (d) {
          if (run === current && d) {
            addSnippet(items[i], d, run.marks, run.table);
          }
        });
      })).then(function () {
        if (run === current && mine === generation) {
          list.setAttribute("data-state", "done");
          mark("search-done", run.query);
        }
      });
    });
  }

  function run(query) {
    var mine = ++generation;
    var q = query.trim();
    var url = new URL(location.href);
    if (q) {
      url.searchParams.set("q", q);
    } else {
      url.searchParams.delete("q");
    }
    history.replaceState(null, "", url.pathname + url.search + url.hash);
    document.title = q ? q + " — " + baseTitle : baseTitle;
    if (!q) {
      list.textContent = "";
      status.textContent = "";
      moreWrap.hidden = true;
      list.setAttribute("data-state", "done");
      return Promise.resolve();
    }
    mark("search-run", q);
    list.setAttribute("data-state", "loading");
    return loadManifest().then(function (m) {
      return loadFolding(m, q).then(function (table) {
        // the parts that mark traditional forms in titles load beside the shards
        var marking = loadMarking(m, q);
        var folded = fold(q, table);
        return search(m, folded).then(function (hits) {
          if (mine !== generation) {
            return;
          }
          mark("search-ranked", q);
          current = { manifest: m, marks: needles(folded), table: table, query: q };
          shown = hits;
          if (hits.length === 0) {
            list.textContent = "";
            status.textContent = "没有找到与“" + q + "”相关的文章";
            moreWrap.hidden = true;
            list.setAttribute("data-state", "done");
            mark("search-shown", q);
            mark("search-done", q);
            return;
          }
          list.textContent = "";
          status.textContent = "找到 " + hits.length + " 篇与“" + q + "”相关的文章";
          return showMore(function () { mark("search-shown", q); }, marking);
        });
      });
    }).catch(function () {
      if (mine === generation) {
        status.textContent = "搜索暂时不可用，请稍后再试";
        list.setAttribute("data-state", "error");
      }
    });
  }

  /*
   * Marks for the benchmarks (bench/SearchBrowserBench, SearchLatencyBench), each with the query: each
   * keystroke ("search-input"), the debounce over ("search-run"), the results ranked, the list shown and
   * its snippets done.
   */
  function mark(name, q) {
    if (window.performance && performance.mark) {
      performance.mark(name, { detail: q });
    }
  }

  /*
   * Fetches the manifest and the shards of what has been typed so far while the debounce waits: typed a
   * character at a time, a query's terms include those of each of its beginnings, so this costs no extra
   * bytes and the search that follows finds its shards cached. Pinyin syllables too: "kunl" already
   * needs the shard of "kun".
   */
  function prefetch(query) {
    var q = query.trim();
    if (!q) {
      return;
    }
    loadManifest().then(function (m) {
      function shards(table) {
        var terms = queryTerms(tokens(fold(q, table)));
        // a lone character is often the first of a longer query: its heavy shard waits for the search itself
        var words = terms.filter(function (t) { return t.kind !== "single"; });
        shardsOf(m, words, words.length === terms.length ? pinyinOf(terms) : null).forEach(function (n) {
          loadShard(m, n).catch(function () {
            // the search itself reports the failure
          });
        });
      }
      // Most characters typed are no traditional form of another: their shards are asked for at once, with
      // what the table holds so far, beside the part that says so (a traditional one costs one shard more).
      if (ideographs(q).some(function (code) { return !partsLoaded.has(code % m.t2sParts); })) {
        shards(simplified);
      }
      return loadFolding(m, q).then(shards);
    }).catch(function () {
      // the search itself reports the failure
    });
  }

  /*
   * The name tables of every shard and list, fetched when the page opens if there are few of them (at
   * 10,000 articles 26, about 10 KB gzip): a query then goes from its terms to its shards, and from its
   * results to their lists, in one request each instead of two after one another. A larger archive fetches
   * them as its queries need them: there all of them would outweigh what a query itself fetches.
   */
  function warm() {
    loadManifest().then(function (m) {
      if (m.shardNames.length + m.docNames.length > WARM_TABLES) {
        return;
      }
      [["t", m.shardNames], ["d", m.docNames]].forEach(function (kind) {
        kind[1].forEach(function (hash, table) {
          fetchJson("n/" + kind[0] + table + "." + hash + ".json").catch(function () {
            // fetched again when a query needs it
          });
        });
      });
    }).catch(function () {
      // the search itself reports the failure
    });
  }

  var timer = 0;
  input.addEventListener("input", function () {
    mark("search-input", input.value);
    // what an earlier search has still to fetch is for a query no longer typed
    generation++;
    if (showing) {
      showing.abort();
      showing = null;
    }
    prefetch(input.value);
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, DEBOUNCE);
  });
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  moreButton.addEventListener("click", function () {
    var first = list.children.length;
    showMore().then(function () {
      // the first new result takes the focus, so a keyboard reader goes on where the list grew
      var link = list.children[first] && list.children[first].querySelector("a");
      if (link) {
        link.focus();
      }
    });
  });
  var initial = new URLSearchParams(location.search).get("q") || "";
  input.value = initial;
  run(initial).then(warm);
}());
