// Cascading selects over the GB/T 2260 tree (省 → 市 → 县), starting at the caller's home region.
import { getJson } from './api.js';
import { element } from './format.js';

const levelNames = ['省级', '地市级', '区县级'];

export class RegionPicker {
  constructor(container, onChange) {
    this.container = container;
    this.onChange = onChange;
    this.path = []; // regions chosen below the home region, outermost first
  }

  /** home: { code, name, level } — 全国 (level 0) for admin keys, the key's region otherwise. */
  async start(home) {
    this.home = home;
    this.path = [];
    await this.render();
  }

  get selected() {
    return this.path.length ? this.path[this.path.length - 1] : this.home;
  }

  async render() {
    this.container.replaceChildren(element('span', this.home.name, 'region-home'));
    const chain = [this.home, ...this.path];
    for (let i = 0; i < chain.length; i++) {
      const parent = chain[i];
      if (parent.level >= 3) break;
      const children = await getJson('/api/v1/regions', { parentCode: parent.level === 0 ? undefined : parent.code });
      if (!children.length) break;
      const select = element('select');
      select.dataset.level = String(parent.level + 1);
      select.setAttribute('aria-label', levelNames[parent.level] ?? '下级区域');
      select.append(new Option(`（全部${levelNames[parent.level] ?? ''}）`, ''));
      for (const child of children) select.append(new Option(child.name, child.code));
      const chosen = chain[i + 1];
      if (chosen) select.value = chosen.code;
      select.addEventListener('change', () => this.choose(i, children.find((c) => c.code === select.value)));
      this.container.append(select);
      if (!chosen) break;
    }
  }

  async choose(depth, region) {
    this.path = this.path.slice(0, depth);
    if (region) this.path.push(region);
    await this.render();
    this.onChange(this.selected);
  }
}
