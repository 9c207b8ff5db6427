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

  function meta(...parts) {
    const items = parts.filter((p) => p !== null && p !== undefined && p !== "");
    const out = [];
    items.forEach((item, i) => {
      if (i) out.push(" · ");
      out.push(item);
    });
    return el("p", { class: "meta" }, out);
  }

  function originalLink(url) {
    const href = safeHttpUrl(url);
    return href ? el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank", class: "external" }, "الرابط الأصلي") : null;
  }

  // --- talking to the API ---------------------------------------------------------------------

  let pending = null;

  async function api(path, options) {
    if (pending) pending.abort();
    const controller = new AbortController();
    pending = controller;
    setError(null);
    $("status").textContent = "جارٍ التحميل…";
    document.body.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(path, { ...options, signal: controller.signal, headers: { Accept: "application/json", ...(options && options.headers) } });
      const data = await response.json().catch(() => null);
      if (!response.ok) {
        const detail = data && data.detail;
        const message = typeof detail === "string" ? detail
          : Array.isArray(detail) ? detail.map((d) => d && d.msg).filter(Boolean).join("؛ ")
          : `HTTP ${response.status}`;
        throw new Error(message);
      }
      return data;
    } finally {
      if (pending === controller) {
        pending = null;
        $("status").textContent = "";
        document.body.removeAttribute("aria-busy");
      }
    }
  }

  function setError(error) {
    const box = $("error");
    if (!error || error.name === "AbortError") {
      box.hidden = true;
      box.textContent = "";
      return;
    }
    box.textContent = `تعذّر إكمال الطلب: ${error.message}`;
    box.hidden = false;
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
      meta(hit.source, formatDate(hit.published), `مقال ${hit.article_id}`, originalLink(hit.url)),
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
    const data = await api(`/api/ask?${query({ q, generate: generate ? "true" : "" })}`);
    const box = el("article", { class: "answer", "aria-labelledby": "answer-h" });
    box.append(el("h2", { id: "answer-h" }, "الجواب"));
    if (data.abstained) {
      box.classList.add("abstained");
      box.append(el("p", { class: "abstain" }, data.message || "لم أجد في الأرشيف ما يجيب عن هذا السؤال بثقة."));
      if ((data.closest || []).length) {
        box.append(el("h3", {}, "أقرب ما في الأرشيف"), el("ol", { class: "hits" }, data.closest.map(hitItem)));
      }
      out.append(box);
      return;
    }
    if (data.answer) box.append(el("p", { class: "short-answer" }, data.answer));
    const sources = new Map((data.sources || []).map((s) => [s.n, s]));
    if (data.generated) box.append(generatedBlock(data, sources));
    box.append(el("ul", { class: "points" }, (data.points || []).map((point) =>
      el("li", {}, point.text, " ", (point.citations || []).map((n) => citation(n, sources.get(n)))))));
    box.append(el("h3", {}, "المصادر"),
      el("ol", { class: "sources" }, (data.sources || []).map(sourceItem)));
    out.append(box);
  }

  function citation(n, source) {
    const href = source ? articleHref(source.article_id, source.start, source.end) : null;
    const label = `[${n}]`;
    if (!href) return el("span", { class: "cite" }, label);
    const title = source.title ? `المصدر ${n}: ${source.title}` : `المصدر ${n}`;
    return el("a", { class: "cite", href, title, "aria-label": title }, label);
  }

  function sourceItem(source) {
    return el("li", { class: "source", id: `source-${Number(source.n)}`, value: Number(source.n) || null },
      el("a", { href: articleHref(source.article_id, source.start, source.end), class: "source-title" },
        `[${source.n}] `, source.title || "(بلا عنوان)"),
      meta(source.source, formatDate(source.published), originalLink(source.url)),
      el("blockquote", { class: "quote" }, source.quote || ""));
  }

  async function runSearch(params) {
    const out = clear($("search-result"));
    const result = await api(`/api/search?${query(params)}`);
    const hits = result.hits;
    if (!hits.length) {
      out.append(el("p", { class: "empty" }, "لا نتائج. جرّب كلمات أخرى أو وسّع الفترة أو أزل تصفية المصدر."));
      return;
    }
    out.append(el("p", { class: "count" }, countPhrase(result.total, "نتيجة واحدة", "نتيجتان", "نتائج", "نتيجة")),
      el("ol", { class: "hits" }, hits.map(hitItem)));
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
        meta(event.source, event.published ? `نُشر ${formatDate(event.published)}` : null,
          el("a", { href: articleHref(event.article_id, event.start, event.end) }, "اقرأ في المصدر"),
          others.length ? append(el("span", {}, "وأيضاً: "), others.map((s, i) => [i ? "، " : "",
            el("a", { href: articleHref(s.article_id, s.start, s.end) }, s.source || `مقال ${s.article_id}`)])) : null));
    })));
  }

  async function runVerify(answer, context) {
    const out = clear($("verify-result"));
    const body = context ? { answer, context } : { answer };
    const report = await api("/api/verify", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
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
    const metaLine = meta(article.source, formatDate(article.published), `مقال ${article.id}`, originalLink(article.url));
    $("article-meta").replaceWith(Object.assign(metaLine, { id: "article-meta" }));
    const body = clear($("article-body"));
    const ranges = Number.isInteger(start) && Number.isInteger(end) ? [[start, end]] : [];
    body.append(...highlighted(article.text || "", ranges, { class: "cited", tabindex: "-1" }));
    const extra = clear($("article-extra"));
    if (article.duplicate_of) {
      extra.append(el("p", { class: "meta" }, "هذه نسخة مكررة من ", el("a", { href: articleHref(article.duplicate_of) }, `المقال ${article.duplicate_of}`)));
    }
    if ((article.duplicates || []).length) {
      extra.append(el("h2", {}, "نُشر أيضاً في"), el("ul", { class: "duplicates" }, article.duplicates.map((d) =>
        el("li", {}, el("a", { href: articleHref(d.id) }, d.source || `مقال ${d.id}`), " ", originalLink(d.url)))));
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

  // --- routing: #/view?params keeps back/forward and shared links working -----------------------

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
    try {
      if (view === "ask" && params.q) {
        $("ask-q").value = params.q;
        $("ask-generate").checked = params.generate === "1";
        await runAsk(params.q, params.generate === "1");
      } else if (view === "search" && params.q) {
        for (const name of ["q", "since", "until", "source"]) $(`search-${name}`).value = params[name] || "";
        await runSearch({ q: params.q, since: params.since, until: params.until, source: params.source });
      } else if (view === "timeline" && params.q) {
        for (const name of ["q", "since", "until"]) $(`timeline-${name}`).value = params[name] || "";
        await runTimeline({ q: params.q, since: params.since, until: params.until });
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
    $("ask-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const { q } = formValues(event.target, ["q"]);
      const generate = $("ask-generate").checked ? "1" : "";
      if (q) go(`#/ask?${query({ q, generate })}`);
    });
    $("search-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const values = formValues(event.target, ["q", "since", "until", "source"]);
      if (values.q) go(`#/search?${query(values)}`);
    });
    $("timeline-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const values = formValues(event.target, ["q", "since", "until"]);
      if (values.q) go(`#/timeline?${query(values)}`);
    });
    // verify texts can be long: they are not put in the address, the form runs directly
    $("verify-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const { answer, context } = formValues(event.target, ["answer", "context"]);
      if (answer) runVerify(answer, context).catch(setError);
    });
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
