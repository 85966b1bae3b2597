// What a person on a small screen would trip over, as a list of sentences (empty: none). Run in the page with
// page.evaluate. "Visible" means rendered, not transparent, and not scrolled away inside a scrolling box.
(() => {
  const faults = [];
  const vw = document.documentElement.clientWidth;
  const describe = el => {
    const text = (el.innerText || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.localName}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''}> "${text}"`;
  };
  // every element, light and shadow DOM alike
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
      if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
      if (e.hasAttribute && e.hasAttribute('hidden')) return false;
    }
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  // the part of an element's box that scrolling boxes around it let through
  const clipped = el => {
    let r = el.getBoundingClientRect();
    let left = r.left, right = r.right, top = r.top, bottom = r.bottom;
    for (let e = parentOf(el); e && e !== document.documentElement && e !== document.body; e = parentOf(e)) {
      const s = getComputedStyle(e);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.contain.includes('paint')) {
        const c = e.getBoundingClientRect();
        left = Math.max(left, c.left); right = Math.min(right, c.right);
        top = Math.max(top, c.top); bottom = Math.min(bottom, c.bottom);
      }
    }
    return { left, right, top, bottom, empty: right <= left || bottom <= top };
  };
  const ignored = el => el.closest && (el.closest('.visually-hidden') || el.closest('[aria-hidden="true"]'));
  for (const el of all) {
    if (!shown(el) || ignored(el)) continue;
    const c = clipped(el);
    if (c.empty) continue;
    const r = el.getBoundingClientRect();
    // only the element's own edges count: a wide element wholly inside a scrolling box is reachable by scrolling
    if (c.right > vw + 1 || c.left < -1) {
      faults.push(`past the viewport (${Math.round(r.left)}..${Math.round(r.right)} of ${vw}): ${describe(el)}`);
    }
    // text squeezed into a column: more than one line in less than two characters' width
    const own = [...el.childNodes].filter(n => n.nodeType === 3 && n.textContent.trim().length > 1);
    if (own.length) {
      const fontSize = parseFloat(getComputedStyle(el).fontSize);
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].map(q => Math.round(q.top))).size;
      if (lines > 1 && r.width < 2 * fontSize) {
        faults.push(`text squeezed to ${Math.round(r.width)} px in ${lines} lines: ${describe(el)}`);
      }
    }
    // text cut off at its box's edge (an ellipsis, or clipped), with no title to read it whole by
    // (by its own box or by a box around it that hides what overflows; a scrolling box lets one scroll to it)
    if (own.length && r.width > 0) {
      const hides = e => ['hidden', 'clip'].includes(getComputedStyle(e).overflowX);
      const contentRight = r.left + Math.max(el.scrollWidth, r.width);
      let cut = el.scrollWidth > el.clientWidth + 1 && hides(el);
      for (let e = parentOf(el), up = 0; e && !cut && up < 6 && e !== document.body; e = parentOf(e), up++) {
        const b = e.getBoundingClientRect();
        cut = hides(e) && b.width > 0 && (contentRight > b.right + 1 || r.left < b.left - 1
            || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).textOverflow === 'ellipsis');
      }
      let titled = false;
      for (let e = el, up = 0; e && up < 12 && !titled; e = parentOf(e), up++) titled = !!(e.getAttribute && e.getAttribute('title'));
      if (cut && !titled) faults.push(`text cut off: ${describe(el)}`);
    }
    // target size (WCAG 2.2, 2.5.8): buttons and links at least 24 x 24, unless a link inside running text
    const controls = ['vaadin-button', 'vaadin-menu-bar-button', 'vaadin-drawer-toggle', 'button'];
    const target = controls.includes(el.localName) && el.getRootNode() === document
        || el.getAttribute('role') === 'button' && el.getRootNode() === document && !controls.includes(el.localName)
        || el.localName === 'a' && el.hasAttribute('href');
    const inText = el.closest && el.closest('p');
    if (target && !inText && (r.width < 23.5 || r.height < 23.5)) {
      faults.push(`target ${Math.round(r.width)}x${Math.round(r.height)} px: ${describe(el)}`);
    }
  }
  // an icon that draws nothing: the browser loads Vaadin's icon set only once an Icon component is on the page, so an
  // icon written as a bare element shows as an empty box where no such component is
  for (const icon of all) {
    if (icon.localName !== 'vaadin-icon' || !icon.getAttribute('icon') || !shown(icon)) continue;
    const svg = icon.shadowRoot && icon.shadowRoot.querySelector('svg');
    const drawn = svg && [...svg.querySelectorAll('path, circle, rect, polygon, polyline, ellipse, line, use')]
        .some(shape => { const b = shape.getBBox(); return b.width > 0 || b.height > 0; });
    if (!drawn) faults.push(`icon "${icon.getAttribute('icon')}" draws nothing: ${describe(icon.parentElement || icon)}`);
  }
  // where a text's lines break inside a word (by the page language's word boundaries: Japanese has no spaces)
  const words = new Intl.Segmenter(document.documentElement.lang || 'ja', { granularity: 'word' });
  const breaksInsideWords = el => {
    const chars = [];
    let text = '';
    const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = texts.nextNode(); n; n = texts.nextNode()) {
      for (let i = 0; i < n.length; i++) chars.push([n, i]);
      text += n.data;
    }
    const boundaries = new Set([...words.segment(text)].map(s => s.index));
    const range = document.createRange();
    const cuts = [];
    let lineTop = null;
    chars.forEach(([n, i], at) => {
      if (/\s/.test(n.data[i])) return;
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const r = range.getClientRects()[0];
      if (!r) return;
      if (lineTop !== null && r.top > lineTop + 2 && !boundaries.has(at)) cuts.push(text.slice(0, at) + '|' + text.slice(at));
      if (lineTop === null || r.top > lineTop + 2) lineTop = r.top;
    });
    return cuts;
  };
  // grid headers shown whole, never cut off nor wrapped inside a word
  for (const grid of document.querySelectorAll('vaadin-grid')) {
    if (!shown(grid)) continue;
    for (const cell of grid.querySelectorAll('vaadin-grid-cell-content')) {
      const slot = cell.assignedSlot;
      const th = slot && slot.closest('th');
      if (!th || !shown(cell) || !cell.textContent.trim()) continue;
      const inner = [cell, ...cell.querySelectorAll('*')];
      if (inner.some(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')) {
        faults.push(`grid header cut: ${describe(cell)}`);
      }
      breaksInsideWords(cell).forEach(cut => faults.push(`grid header wrapped inside a word: "${cut}"`));
    }
  }
  if (document.documentElement.scrollWidth > vw + 1) {
    faults.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${vw}`);
  }
  return [...new Set(faults)];
})()
