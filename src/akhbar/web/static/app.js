// akhbar web page. Every piece of archive text is untrusted (it was scraped from the web):
// it only ever enters the page through textContent / createTextNode, never as parsed markup,
// and links to original sources are made only for http(s) URLs.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const VIEWS = ["ask", "search", "timeline", "verify", "stats", "article"];
  const UNKNOWN_SOURCE = "مصدر غير معروف";
  const NO_DATE = "بلا تاريخ";
  const VERDICTS = { supported: "مدعوم", unsupported: "غير مدعوم", contradicted: "متناقض مع المصدر" };
  const ANSWER_TYPES = {
    when: "متى", who: "من", where: "أين", how_many: "كم", how_much: "كم", why: "لماذا", how: "كيف",
    yes_no: "هل", what: "ما", definition: "ما", list: "قائمة", other: "سؤال",
  };

  // --- DOM helpers: the only way text reaches the page -------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  // --- offsets: the server counts code points, JavaScript strings count UTF-16 units ----------

  function unitIndex(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
    const units = [0];
    for (const ch of text) units.push(units[units.length - 1] + ch.length);
    return (i) => units[Math.max(0, Math.min(i, units.length - 1))];
  }

  // text split into plain text nodes and <mark> elements for the given [start, end) code-point ranges
  function highlighted(text, ranges, markAttrs) {
    const at = unitIndex(text);
    const parts = [];
    let last = 0;
    const sorted = ranges
      .map(([s, e]) => [at(s), at(e)])
      .filter(([s, e]) => e > s)
      .sort((a, b) => a[0] - b[0]);
    for (const [s, e] of sorted) {
      if (s < last) continue; // overlapping range: the first one wins
      if (s > last) parts.push(text.slice(last, s));
      parts.push(el("mark", markAttrs, text.slice(s, e)));
      last = e;
    }
    if (last < text.length) parts.push(text.slice(last));
    return parts;
  }

  // --- small formatters ---------------------------------------------------------------------

  function safeHttpUrl(value) {
    if (typeof value !== "string" || !value) return null;
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch {
      return null;
    }
  }

  const MONTH_FORMAT = { day: { day: "numeric", month: "long", year: "numeric" }, month: { month: "long", year: "numeric" } };

  function formatDate(iso, precision) {
    if (!iso) return "";
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(String(iso));
    if (!m) return String(iso);
    const kind = precision || (m[3] ? "day" : m[2] ? "month" : "year");
    if (kind === "year" || !m[2]) return m[1];
    try {
      const date = new Date(Date.UTC(+m[1], +m[2] - 1, +(m[3] || 1)));
      return new Intl.DateTimeFormat("ar-u-nu-latn", { ...MONTH_FORMAT[kind === "day" && m[3] ? "day" : "month"], timeZone: "UTC" }).format(date);
    } catch {
      return String(iso);
    }
  }

  // An Arabic count with the noun in agreement (akhbar.present.count_phrase): 1 and 2 have their own
  // words, 3–10 (and 103–110 …) take the plural, 11 and more the singular.
  function countPhrase(n, one, two, few, many) {
    if (n === 1) return one;
    if (n === 2) return two;
    const shown = n.toLocaleString("ar-u-nu-latn");
    return `${shown} ${n % 100 >= 3 && n % 100 <= 10 ? few : many}`;
  }

  function articleHref(articleId, start, end) {
    const id = Number(articleId);
    if (!Number.isInteger(id) || id < 1) return null;
    const s = Number(start), e = Number(end);
    return Number.isInteger(s) && Number.isInteger(e) && e > s ? `#/article/${id}?s=${s}&e=${e}` : `#/article/${id}`;
  }

  const sourceName = (name) => name || UNKNOWN_SOURCE;
  const dateText = (iso, precision) => (iso ? formatDate(iso, precision) : NO_DATE);

  // Each piece of metadata is isolated (<bdi>): a source name holding U+202E must not reverse the
  // date printed after it.
  function meta(...parts) {
    const items = parts.filter((p) => p !== null && p !== undefined && p !== "");
    const out = [];
    items.forEach((item, i) => {
      if (i) out.push(" · ");
      out.push(typeof item === "string" ? el("bdi", {}, item) : item);
    });
    return el("p", { class: "meta" }, out);
  }

  function originalLink(url) {
    const href = safeHttpUrl(url);
    return href ? el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank", class: "external" }, "الرابط الأصلي") : null;
  }

  // --- talking to the API ---------------------------------------------------------------------

  let pending = null;
  const NO_ANSWER = "الخادم لا يستجيب، أعد المحاولة";

  // While a request runs: a visible status, aria-busy, and every submit button disabled.
  function setBusy(busy, label) {
    $("status").textContent = busy ? label || "جارٍ التحميل…" : "";
    if (busy) document.body.setAttribute("aria-busy", "true");
    else document.body.removeAttribute("aria-busy");
    for (const button of document.querySelectorAll("form button[type=submit], .more")) button.disabled = busy;
  }

  // label: what the busy status says; false = a background load that leaves the forms usable.
  async function api(path, options, label) {
    if (pending) pending.abort();
    const controller = new AbortController();
    pending = controller;
    setError(null);
    if (label !== false) setBusy(true, label);
    try {
      let response;
      try {
        response = await fetch(path, { ...options, signal: controller.signal, headers: { Accept: "application/json", ...(options && options.headers) } });
      } catch (error) {
        if (error.name === "AbortError") throw error;
        throw new Error(NO_ANSWER); // no answer at all: the server is down or the network is
      }
      const data = await response.json().catch(() => null);
      if (!response.ok) {
        // the API says each error in Arabic and English: the page shows the Arabic
        const message = (data && (data.detail_ar || data.detail)) || (response.status >= 500 ? NO_ANSWER : `HTTP ${response.status}`);
        throw new Error(typeof message === "string" ? message : NO_ANSWER);
      }
      return data;
    } finally {
      if (pending === controller) {
        pending = null;
        setBusy(false);
      }
    }
  }

  let retryLast = () => route();

  function setError(error, retry) {
    const box = $("error");
    if (!error || error.name === "AbortError") {
      box.hidden = true;
      $("error-text").textContent = "";
      return;
    }
    $("error-text").textContent = `تعذّر إكمال الطلب: ${error.message}`;
    retryLast = retry || (() => route());
    $("error-retry").hidden = false;
    box.hidden = false;
  }

  // A message for the user's own mistake (an empty box): no retry, the field gets the focus.
  function setHint(message, field) {
    setError(new Error(message));
    $("error-retry").hidden = true;
    if (field) field.focus();
  }

  function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    return q.toString();
  }

  // --- views ----------------------------------------------------------------------------------

  function showView(name) {
    for (const view of VIEWS) $(`view-${view}`).hidden = view !== name;
    for (const tab of document.querySelectorAll(".tabs a")) {
      if (tab.dataset.view === name) tab.setAttribute("aria-current", "page");
      else tab.removeAttribute("aria-current");
    }
  }

  function hitItem(hit) {
    const relative = (hit.highlights || []).map(([s, e]) => [s - hit.start, e - hit.start]);
    return el("li", { class: "hit" },
      el("h3", {}, el("a", { href: articleHref(hit.article_id, hit.start, hit.end) }, hit.title || "(بلا عنوان)")),
      meta(sourceName(hit.source), dateText(hit.published), originalLink(hit.url)),
      el("p", { class: "passage" }, highlighted(hit.text || "", relative)));
  }

  const VERDICT_LABELS = {
    kept: "مدعومة بالمصادر",
    replaced: "استُبدلت: المصدر يناقض ما كتبه النموذج",
    dropped: "غير مدعومة: حُذفت",
  };

  function generatedItem(g, sources) {
    const cites = (g.shown_citations && g.shown_citations.length ? g.shown_citations : g.citations) || [];
    const text = g.action === "dropped" ? el("s", {}, g.text) : (g.shown || g.text);
    const item = el("li", { class: `generated ${g.action}` }, text, " ",
      cites.map((n) => citation(n, sources.get(n))), " ",
      el("span", { class: `verdict ${g.verdict}` }, VERDICT_LABELS[g.action] || g.verdict));
    if (g.action === "replaced") item.append(el("p", { class: "model-wrote" }, `كتب النموذج: «${g.text}»`));
    return item;
  }

  function generatedBlock(data, sources) {
    const box = el("section", { class: "generated-answer", "aria-labelledby": "generated-h" },
      el("h3", { id: "generated-h" }, "الجواب المُتحقَّق منه"),
      el("p", { class: "meta" }, `صاغه النموذج ${data.generator || ""}، وفُحصت كل جملة منه بمدقق الادعاءات`));
    const shown = (data.generated || []).filter((g) => g.action !== "dropped");
    const dropped = (data.generated || []).filter((g) => g.action === "dropped");
    if (shown.length) box.append(el("ul", { class: "points" }, shown.map((g) => generatedItem(g, sources))));
    else box.append(el("p", { class: "abstain" }, "لم تدعم المصادرُ أيَّ جملة مما كتبه النموذج."));
    if (dropped.length) {
      box.append(el("details", {}, el("summary", {}, `جمل غير مدعومة حُذفت (${dropped.length})`),
        el("ul", { class: "points" }, dropped.map((g) => generatedItem(g, sources)))));
    }
    return box;
  }

  async function runAsk(q, generate) {
    const out = clear($("ask-result"));
    $("start").hidden = true;
    const data = await api(`/api/ask?${query({ q, generate: generate ? "true" : "" })}`, null, "جارٍ البحث عن الجواب…");
    const box = el("article", { class: "answer", "aria-labelledby": "answer-h" });
    box.append(el("h2", { id: "answer-h" }, "الجواب"));
    if (data.abstained) {
      box.classList.add("abstained");
      box.append(el("p", { class: "abstain" }, data.message || "لم أجد في الأرشيف ما يجيب عن هذا السؤال بثقة."));
      // as the message says it: what no article tells, then what one tells only apart from the rest
      const apart = data.apart || [];
      const untold = (data.missing || []).filter((m) => !apart.includes(m));
      if (untold.length) {
        box.append(el("p", { class: "missing" }, "لم يجد الأرشيف: ",
          untold.map((m, i) => [i ? "، " : "", el("mark", {}, m)]).flat()));
      }
      if (apart.length) {
        box.append(el("p", { class: "missing apart" }, "لم يجد مع بقية السؤال: ",
          apart.map((m, i) => [i ? "، " : "", el("mark", {}, m)]).flat()));
      }
      if (data.confidence) box.append(confidenceLine(data.confidence));
      if ((data.closest || []).length) {
        box.append(el("h3", {}, "أقرب ما في الأرشيف"), el("ol", { class: "hits" }, data.closest.map(hitItem)));
      }
      out.append(box);
      return;
    }
    if (data.answer) {
      const iso = data.normalized && data.normalized !== data.answer ? el("span", { class: "normalized" }, ` (${data.normalized})`) : "";
      box.append(el("p", { class: "short-answer" }, data.answer, iso));
    }
    box.append(confidenceLine(data.confidence || 0));
    const sources = new Map((data.sources || []).map((s) => [s.n, s]));
    if (data.generated) box.append(generatedBlock(data, sources));
    box.append(el("ul", { class: "points" }, (data.points || []).map((point) =>
      el("li", {}, point.text, " ", (point.citations || []).map((n) => citation(n, sources.get(n)))))));
    box.append(el("h3", {}, "المصادر"), sourcesList(data.sources || []));
    out.append(box);
  }

  function confidenceLine(confidence) {
    const pct = Math.round(confidence * 100);
    return el("p", { class: "confidence", title: "الاحتمال المقيس أن يكون أول بند هو الجواب" },
      `الثقة: ${pct}٪ `, el("meter", { min: "0", max: "100", value: String(pct), "aria-label": `الثقة ${pct}٪` }));
  }

  function citation(n, source) {
    const href = source ? articleHref(source.article_id, source.start, source.end) : null;
    const label = `[${n}]`;
    if (!href) return el("span", { class: "cite" }, label);
    const title = `المصدر ${n}: ${source.title || "بلا عنوان"} — ${sourceName(source.source)}، ${dateText(source.published)}`;
    return el("a", { class: "cite", href, title, "aria-label": title }, label);
  }

  // Copy text to the clipboard (a fallback for pages the Clipboard API refuses), and say so on the button.
  async function copyText(text, button) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = el("textarea", { class: "visually-hidden", readonly: true });
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    const label = button.textContent;
    button.textContent = "نُسخ ✓";
    setTimeout(() => { button.textContent = label; }, 2000);
  }

  function copyButton(text, label) {
    const button = el("button", { type: "button", class: "copy" }, label);
    button.addEventListener("click", () => copyText(text, button));
    return button;
  }

  // The sources of an answer, grouped by article: its title, source and date once, then each quote
  // cited from it with its number and a button that copies «quote» — source، title، date، url.
  function sourcesList(sources) {
    const groups = new Map();
    for (const s of sources) {
      if (!groups.has(s.article_id)) groups.set(s.article_id, []);
      groups.get(s.article_id).push(s);
    }
    return el("ul", { class: "sources" }, [...groups.values()].map((group) => {
      const first = group[0];
      return el("li", { class: "source" },
        el("a", { href: articleHref(first.article_id, first.start, first.end), class: "source-title" }, first.title || "(بلا عنوان)"),
        meta(sourceName(first.source), dateText(first.published), originalLink(first.url)),
        el("ol", { class: "quotes" }, group.map((s) => el("li", { id: `source-${Number(s.n)}`, class: "quote-item" },
          el("span", { class: "cite" }, `[${s.n}]`),
          el("blockquote", { class: "quote" }, s.quote || ""),
          copyButton(s.citation || s.quote, "انسخ الاقتباس")))));
    }));
  }

  const SORT_LABELS = { relevance: "الأقرب إلى البحث", date: "الأقدم أولاً", "-date": "الأحدث أولاً" };

  async function runSearch(params) {
    const out = clear($("search-result"));
    const result = await api(`/api/search?${query(params)}`, null, "جارٍ البحث…");
    // A quoted phrase no article holds was not required: the hits are those of its words, and the page says so.
    for (const phrase of result.unmatched_phrases || []) {
      out.append(el("p", { class: "notice", role: "status" }, `لا مقالة تحوي العبارة «${phrase}» كما كُتبت؛ النتائج لكلماتها.`));
    }
    if (!result.hits.length) {
      out.append(el("p", { class: "empty" }, "لا نتائج. جرّب كلمات أخرى أو وسّع الفترة أو أزل تصفية المصدر."));
      return;
    }
    const list = el("ol", { class: "hits" }, result.hits.map(hitItem));
    let shown = result.hits.length;
    const more = el("button", { type: "button", class: "more" }, "نتائج أخرى");
    more.hidden = shown >= result.total;
    more.addEventListener("click", async () => {
      try {
        const next = await api(`/api/search?${query({ ...params, offset: String(shown) })}`, null, "جارٍ تحميل نتائج أخرى…");
        list.append(...next.hits.map(hitItem));
        shown += next.hits.length;
        more.hidden = !next.hits.length || shown >= next.total;
        const first = list.children[shown - next.hits.length];
        if (first) first.querySelector("a").focus();
      } catch (error) {
        setError(error, () => more.click());
      }
    });
    const exportLinks = ["jsonl", "csv"].map((format) =>
      el("a", { href: `/api/export?${query({ q: params.q, since: params.since, until: params.until, source: params.source, format })}`,
        download: `akhbar.${format}` }, format.toUpperCase()));
    out.append(
      el("p", { class: "count" }, countPhrase(result.total, "نتيجة واحدة", "نتيجتان", "نتائج", "نتيجة"),
        ` · ${SORT_LABELS[params.sort || "relevance"]} · تنزيل الكل: `, exportLinks[0], " ", exportLinks[1]),
      facetsBlock(result.facets || {}, params), list, more);
  }

  // Counts per source and per year of every match, each a link that filters the search by it.
  function facetsBlock(facets, params) {
    const link = (label, count, extra, active) => el("li", {},
      el("a", { href: `#/search?${query({ ...params, offset: "", ...extra })}`, class: active ? "facet active" : "facet",
        "aria-current": active ? "true" : null }, label, " ", el("span", { class: "num" }, `(${count})`)));
    const sources = (facets.source || []).map((f) => (f.value
      ? link(f.value, f.count, { source: f.value }, params.source === f.value)
      : el("li", {}, UNKNOWN_SOURCE, " ", el("span", { class: "num" }, `(${f.count})`))));
    const years = (facets.year || []).map((f) => (f.value
      ? link(String(f.value), f.count, { since: String(f.value), until: String(f.value) },
        params.since === String(f.value) && params.until === String(f.value))
      : el("li", {}, NO_DATE, " ", el("span", { class: "num" }, `(${f.count})`))));
    const clearing = params.source || params.since || params.until
      ? el("a", { href: `#/search?${query({ q: params.q, sort: params.sort })}`, class: "facet-clear" }, "أزل التصفية") : null;
    return el("nav", { class: "facets", "aria-label": "تصفية حسب المصدر والسنة" },
      el("div", {}, el("h3", {}, "المصادر"), el("ul", {}, sources)),
      el("div", {}, el("h3", {}, "السنوات"), el("ul", {}, years)), clearing);
  }

  async function runTimeline(params) {
    const out = clear($("timeline-result"));
    const events = await api(`/api/timeline?${query(params)}`);
    if (!events.length) {
      out.append(el("p", { class: "empty" }, "لا أحداث مؤرخة لهذا الموضوع في الأرشيف."));
      return;
    }
    out.append(el("ol", { class: "timeline" }, events.map((event) => {
      const others = (event.sources || []).filter((s) => s && s.article_id !== event.article_id);
      return el("li", { class: "event" },
        el("time", { datetime: event.date }, formatDate(event.date, event.precision)),
        el("p", { class: "event-text" }, event.text || ""),
        meta(sourceName(event.source), event.published ? `نُشر ${formatDate(event.published)}` : NO_DATE,
          el("a", { href: articleHref(event.article_id, event.start, event.end) }, "اقرأ في المصدر"),
          others.length ? append(el("span", {}, "وأيضاً: "), others.map((s, i) => [i ? "، " : "",
            el("a", { href: articleHref(s.article_id, s.start, s.end) }, sourceName(s.source))])) : null));
    })));
  }

  async function runVerify(answer, context) {
    const out = clear($("verify-result"));
    const body = context ? { answer, context } : { answer };
    const report = await api("/api/verify", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }, "جارٍ الفحص…");
    // the check as a link that runs it again: the texts travel in the address
    const hash = `#/verify?${query(body)}`;
    history.replaceState(null, "", hash);
    $("verify-link").href = hash;
    $("verify-share").hidden = false;
    out.append(el("p", { class: "count" },
      `مدعوم: ${report.supported || 0} · غير مدعوم: ${report.unsupported || 0} · متناقض: ${report.contradicted || 0}`));
    out.append(el("ol", { class: "claims" }, (report.claims || []).map((claim) => {
      const href = !context && claim.article_id ? articleHref(claim.article_id, claim.evidence_start, claim.evidence_end) : null;
      return el("li", { class: `claim ${claim.verdict}` },
        el("span", { class: "verdict" }, VERDICTS[claim.verdict] || claim.verdict),
        el("p", { class: "claim-text" }, claim.text),
        claim.reason ? el("p", { class: "reason" }, `السبب: ${claim.reason}`) : null,
        claim.evidence ? el("blockquote", { class: "quote" }, claim.evidence) : null,
        href ? el("p", { class: "meta" }, el("a", { href }, "افتح المصدر")) : null);
    })));
  }

  const STAT_LABELS = {
    articles: "مقالات", duplicates: "نسخ مكررة", passages: "مقاطع", sentences: "جمل", events: "أحداث مؤرخة",
    skipped: "مدخلات متروكة", ingest_runs: "عمليات إدخال", sources: "المصادر", languages: "اللغات",
    published_range: "فترة النشر", archive: "مسار الأرشيف", analyzer: "المحلل اللغوي",
  };

  async function runStats() {
    const out = clear($("stats-result"));
    const stats = await api("/api/stats");
    fillSources(stats);
    const numbers = el("dl", { class: "stat-cards" });
    const details = el("dl", { class: "stat-details" });
    for (const [key, value] of Object.entries(stats)) {
      const label = STAT_LABELS[key] || key;
      if (typeof value === "number") {
        numbers.append(el("div", { class: "card" }, el("dt", {}, label), el("dd", {}, value.toLocaleString("ar-u-nu-latn"))));
      } else if (key === "sources") {
        details.append(el("dt", {}, label), el("dd", {}, el("ul", { class: "pairs" },
          value.map((s) => el("li", {}, el("span", {}, s.source || UNKNOWN_SOURCE), " ", el("span", { class: "num" }, String(s.articles)))))));
      } else if (Array.isArray(value)) {
        details.append(el("dt", {}, label), el("dd", {}, value.map((v) => (v ? formatDate(v) : NO_DATE)).join(" — ")));
      } else if (value && typeof value === "object") {
        details.append(el("dt", {}, label), el("dd", {}, el("ul", { class: "pairs" },
          Object.entries(value).map(([k, v]) => el("li", {}, el("span", {}, k), " ", el("span", { class: "num" }, String(v)))))));
      } else {
        details.append(el("dt", {}, label), el("dd", { dir: "auto" }, value === null ? "—" : String(value)));
      }
    }
    out.append(numbers, details);
  }

  async function runArticle(id, start, end) {
    const article = await api(`/api/articles/${encodeURIComponent(id)}`);
    $("article-h").textContent = article.title || "(بلا عنوان)";
    document.title = `${article.title || "مقال"} — ${sourceName(article.source)} — أخبار`;
    const metaLine = meta(sourceName(article.source), dateText(article.published), `مقال ${article.id}`, originalLink(article.url));
    $("article-meta").replaceWith(Object.assign(metaLine, { id: "article-meta" }));
    const body = clear($("article-body"));
    const ranges = Number.isInteger(start) && Number.isInteger(end) ? [[start, end]] : [];
    body.append(...highlighted(article.text || "", ranges, { class: "cited", tabindex: "-1" }));
    const extra = clear($("article-extra"));
    const copyLink = (d) => el("li", {}, el("a", { href: articleHref(d.id) }, d.title || "(بلا عنوان)"), " — ",
      sourceName(d.source), "، ", dateText(d.published), " ", originalLink(d.url));
    if (article.original) {
      extra.append(el("p", { class: "meta" }, "هذه نسخة مكررة من:"), el("ul", { class: "duplicates" }, copyLink(article.original)));
    }
    if ((article.duplicates || []).length) {
      extra.append(el("h2", {}, "نُشر أيضاً في"), el("ul", { class: "duplicates" }, article.duplicates.map(copyLink)));
    }
    const mark = body.querySelector("mark");
    if (mark) {
      mark.scrollIntoView({ block: "center" });
      mark.focus({ preventScroll: true });
    } else {
      $("article-h").setAttribute("tabindex", "-1");
      $("article-h").focus();
    }
  }

  // --- the start page: what the archive holds, questions it can answer, uploads -----------------

  let ingestEnabled = false;

  async function runStart() {
    const box = $("start");
    const data = await api("/api/overview", null, false);
    ingestEnabled = data.ingest_enabled;
    $("upload-form").hidden = !ingestEnabled;
    const articles = countPhrase(data.articles, "مقال واحد", "مقالان", "مقالات", "مقالاً");
    const sources = countPhrase(data.sources, "مصدر واحد", "مصدران", "مصادر", "مصدراً");
    clear($("start-summary")).append(data.articles ? `في الأرشيف ${articles} من ${sources}` : "الأرشيف فارغ بعد",
      data.first ? `، منشورة بين ${formatDate(data.first)} و${formatDate(data.last)}` : "", ".");
    clear($("start-sources")).append(el("h3", {}, "أكبر المصادر"), el("ul", { class: "pairs" },
      data.top_sources.map((s) => el("li", {}, s.source, " ", el("span", { class: "num" }, String(s.articles))))));
    clear($("start-samples")).append(data.sample_questions.length ? el("h3", {}, "أسئلة يجيب عنها الأرشيف") : null,
      el("ul", { class: "samples" }, data.sample_questions.map((q) => el("li", {}, el("a", { href: `#/ask?${query({ q })}` }, q)))));
    box.hidden = false;
  }

  async function upload(form) {
    const files = $("upload-files").files;
    const token = $("upload-token").value.trim();
    if (!files.length || !token) {
      setHint("اختر ملفاً واحداً على الأقل واكتب رمز الإدخال", files.length ? $("upload-token") : $("upload-files"));
      return;
    }
    const body = new FormData();
    for (const file of files) body.append("files", file);
    const report = await api("/api/ingest", { method: "POST", body, headers: { Authorization: `Bearer ${token}` } }, "جارٍ إدخال الملفات…");
    $("upload-result").textContent = `قُرئ ${report.records}، وخُزّن ${report.stored}، ومكرر ${report.duplicates}، ومتروك ${
      report.skipped_count === undefined ? (report.skipped || []).length : report.skipped_count}.`;
    form.reset();
    await checkArchive();
    const result = $("upload-result").textContent;
    await runStart(); // the start page now counts what was added
    $("upload-result").textContent = result;
  }

  // --- routing: #/view?params keeps back/forward and shared links working -----------------------

  const TITLES = { ask: "اسأل الأرشيف", search: "بحث", timeline: "الخط الزمني", verify: "تحقّق من نص", stats: "محتوى الأرشيف" };

  function setTitle(view, params) {
    const what = params.q || (view === "verify" && params.answer ? params.answer.slice(0, 60) : "");
    document.title = `${TITLES[view] || "أخبار"}${what ? `: ${what}` : ""} — أخبار`;
  }

  function parseHash() {
    const raw = location.hash.replace(/^#\/?/, "");
    const [path, search] = raw.split("?");
    const params = Object.fromEntries(new URLSearchParams(search || ""));
    const [view, id] = (path || "ask").split("/");
    return { view: VIEWS.includes(view) ? view : "ask", id, params };
  }

  async function route() {
    const { view, id, params } = parseHash();
    showView(view);
    if (view !== "article") setTitle(view, params);
    try {
      if (view === "ask" && !params.q) {
        $("ask-q").value = "";
        clear($("ask-result"));
        await runStart();
      } else if (view === "ask" && params.q) {
        $("ask-q").value = params.q;
        $("ask-generate").checked = params.generate === "1";
        await runAsk(params.q, params.generate === "1");
      } else if (view === "search" && params.q) {
        for (const name of ["q", "since", "until", "source"]) $(`search-${name}`).value = params[name] || "";
        $("search-sort").value = params.sort || "relevance";
        await runSearch({ q: params.q, since: params.since, until: params.until, source: params.source, sort: params.sort });
      } else if (view === "timeline" && params.q) {
        for (const name of ["q", "since", "until"]) $(`timeline-${name}`).value = params[name] || "";
        await runTimeline({ q: params.q, since: params.since, until: params.until });
      } else if (view === "verify" && params.answer) {
        $("verify-answer").value = params.answer;
        $("verify-context").value = params.context || "";
        await runVerify(params.answer, params.context || "");
      } else if (view === "stats") {
        await runStats();
      } else if (view === "article" && id) {
        const s = params.s === undefined ? NaN : Number(params.s);
        const e = params.e === undefined ? NaN : Number(params.e);
        await runArticle(id, s, e);
      }
    } catch (error) {
      setError(error);
    }
  }

  function go(hash) {
    if (location.hash === hash) route(); // same question again: hashchange would not fire
    else location.hash = hash;
  }

  function formValues(form, names) {
    const data = new FormData(form);
    return Object.fromEntries(names.map((n) => [n, String(data.get(n) || "").trim()]));
  }

  function wireForms() {
    // A box of spaces is refused with a message (the browser's "required" lets spaces through).
    const EMPTY = { ask: "اكتب سؤالاً أولاً", search: "اكتب كلمات البحث أولاً", timeline: "اكتب الموضوع أولاً" };
    $("ask-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const { q } = formValues(event.target, ["q"]);
      const generate = $("ask-generate").checked ? "1" : "";
      clear($("ask-result")); // the old answer goes as soon as a new question is sent
      if (!q) return setHint(EMPTY.ask, $("ask-q"));
      go(`#/ask?${query({ q, generate })}`);
    });
    $("search-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const values = formValues(event.target, ["q", "since", "until", "source", "sort"]);
      if (values.sort === "relevance") values.sort = "";
      clear($("search-result"));
      if (!values.q) return setHint(EMPTY.search, $("search-q"));
      go(`#/search?${query(values)}`);
    });
    $("search-sort").addEventListener("change", () => {
      if ($("search-q").value.trim()) $("search-form").requestSubmit();
    });
    $("timeline-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const values = formValues(event.target, ["q", "since", "until"]);
      clear($("timeline-result"));
      if (!values.q) return setHint(EMPTY.timeline, $("timeline-q"));
      go(`#/timeline?${query(values)}`);
    });
    $("verify-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const { answer, context } = formValues(event.target, ["answer", "context"]);
      clear($("verify-result"));
      $("verify-share").hidden = true;
      if (!answer) return setHint("الصق النص المراد فحصه أولاً", $("verify-answer"));
      const run = () => runVerify(answer, context).catch((error) => setError(error, run));
      run();
    });
    $("verify-copy").addEventListener("click", (event) => copyText($("verify-link").href, event.target));
    $("error-retry").addEventListener("click", () => retryLast());
    $("upload-form").addEventListener("submit", (event) => {
      event.preventDefault();
      upload(event.target).catch((error) => setError(error, () => upload(event.target)));
    });
    // filters open on a wide screen, folded on a phone so the results show on the first screen
    $("search-filters").open = window.matchMedia("(min-width: 40rem)").matches;
    for (const area of document.querySelectorAll("#verify-form textarea")) {
      area.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) $("verify-form").requestSubmit();
      });
    }
    $("article-back").addEventListener("click", () => {
      if (history.length > 1) history.back();
      else location.hash = "#/ask";
    });
  }

  function fillSources(stats) {
    const list = clear($("sources-list"));
    for (const { source } of (stats && stats.sources) || []) {
      if (source) list.append(el("option", { value: source }));
    }
  }

  async function checkArchive() {
    try {
      const health = await fetch("/api/health").then((r) => r.json());
      $("ask-generate-label").hidden = !health.generation;
      if (!health.ready) {
        const banner = $("banner");
        banner.textContent = `الأرشيف غير جاهز بعد: ${health.message || ""}`;
        banner.hidden = false;
        return;
      }
      $("banner").hidden = true;
      const stats = await fetch("/api/stats").then((r) => (r.ok ? r.json() : null));
      fillSources(stats);
    } catch {
      // the views report their own errors
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    wireForms();
    window.addEventListener("hashchange", route);
    checkArchive();
    route();
  });
})();
