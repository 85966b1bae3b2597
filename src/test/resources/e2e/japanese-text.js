// Japanese script (kana, kanji, Japanese and full-width punctuation) in what the page shows or reads aloud, outside
// the given user data and outside elements marked lang="ja" (the language switch's 日本語). Run with page.evaluate
// on an English page; returns one line per text that still holds Japanese once the user data is taken out of it.
userData => {
  const japanese = /[\u3000-\u303F\u3040-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF]/;
  const known = [...userData].filter(s => s && japanese.test(s)).sort((a, b) => b.length - a.length);
  const strip = text => known.reduce((t, s) => t.split(s).join(''), text);
  const all = [];
  const walk = root => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const parentOf = el => el.assignedSlot || el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
  const shown = el => {
    for (let e = el; e; e = parentOf(e)) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden') return false;
    }
    return el.getClientRects().length > 0;
  };
  const inJapanese = el => {
    for (let e = el; e && e !== document.documentElement; e = parentOf(e)) {
      if (e.getAttribute && e.getAttribute('lang') === 'ja') return true;
    }
    return false;
  };
  const found = [];
  const check = (el, what, text) => {
    const left = strip(text);
    if (japanese.test(left)) found.push(`${what} of <${el.localName}${el.className && typeof el.className === 'string'
        ? '.' + el.className.trim().split(/\s+/).join('.') : ''}>: "${text.trim().slice(0, 60)}"`);
  };
  check(document.documentElement, 'title', document.title);
  for (const el of all) {
    if (['script', 'style', 'template'].includes(el.localName) || !shown(el) || inJapanese(el)) continue;
    const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('');
    if (own.trim()) check(el, 'text', own);
    for (const attribute of ['placeholder', 'title', 'aria-label', 'alt']) {
      const value = el.getAttribute(attribute);
      if (value) check(el, attribute, value);
    }
  }
  return [...new Set(found)];
}
