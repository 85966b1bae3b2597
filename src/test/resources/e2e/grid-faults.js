// What is wrong with the page's grids on a screen wide enough for all their columns (issue 22, W6), one sentence
// each: body cells that do not sit under their headers, a grid that scrolls sideways inside itself or reaches past
// its area. Run in the page with page.evaluate.
(() => {
  const faults = [];
  const name = grid => grid.className ? `vaadin-grid.${grid.className.split(' ').join('.')}` : 'vaadin-grid';
  const box = c => c.getBoundingClientRect();
  const shownCells = cells => [...cells].filter(c => !c.hidden && box(c).width > 0);
  for (const grid of document.querySelectorAll('vaadin-grid')) {
    if (box(grid).width === 0) continue;
    const table = grid.shadowRoot.querySelector('table');
    const heads = shownCells(table.querySelectorAll('thead tr:first-child th'));
    const cells = shownCells(table.querySelectorAll('tbody tr:first-child td'));
    if (cells.length > 0) {
      if (cells.length !== heads.length) faults.push(`${name(grid)}: ${heads.length} headers over ${cells.length} cells`);
      heads.forEach((th, i) => {
        const td = cells[i];
        if (!td) return;
        const [h, c] = [box(th), box(td)];
        if (Math.abs(h.left - c.left) > 1 || Math.abs(h.width - c.width) > 1) {
          faults.push(`${name(grid)}: column ${i + 1} ("${th.textContent.trim() || ''}${(th.querySelector('slot')
              ?.assignedElements()[0]?.textContent || '').trim().slice(0, 20)}") body at ${Math.round(c.left)}+${Math.round(c.width)}, header at ${Math.round(h.left)}+${Math.round(h.width)}`);
        }
      });
    }
    if (table.scrollWidth > table.clientWidth + 1) {
      faults.push(`${name(grid)} scrolls sideways: ${table.scrollWidth} px in ${table.clientWidth}`);
    }
    const area = grid.parentElement.getBoundingClientRect();
    if (box(grid).right > area.right + 1) {
      faults.push(`${name(grid)} reaches past its area: ${Math.round(box(grid).right)} > ${Math.round(area.right)}`);
    }
  }
  return faults;
})()
