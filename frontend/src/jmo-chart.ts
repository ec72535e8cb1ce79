import { Chart, registerables, type ChartConfiguration, type ChartEvent, type ActiveElement } from 'chart.js';

Chart.register(...registerables);

/** Paints a white background so that exported PNGs look right on slides and in documents. */
const whiteBackground = {
  id: 'jmoWhiteBackground',
  beforeDraw(chart: Chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/**
 * <jmo-chart>: renders any Chart.js configuration given by the server as JSON in the `config` property.
 * - sizes itself to its container (Chart.js responsive mode, aspect ratio off: the container decides);
 * - destroys its chart when detached, and rebuilds it when attached again;
 * - `tooltips` (JSON: one array of extra lines per dataset, one entry per point) adds lines to the tooltip;
 * - dispatches `chart-click` with {datasetIndex, index, label} when a bar or point is clicked;
 * - downloadPng(fileName) saves the chart as a PNG.
 */
export class JmoChart extends HTMLElement {
  private chart?: Chart;
  private canvas: HTMLCanvasElement;
  private configJson?: string;
  private tooltipsJson?: string;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display: block; position: relative; min-height: 200px; }
        .wrap { position: absolute; inset: 0; }
        canvas { display: block; }
      </style>
      <div class="wrap"><canvas role="img"></canvas></div>`;
    this.canvas = root.querySelector('canvas')!;
  }

  set config(json: string | undefined) {
    this.configJson = json;
    this.render();
  }

  get config(): string | undefined {
    return this.configJson;
  }

  set tooltips(json: string | undefined) {
    this.tooltipsJson = json;
    this.render();
  }

  get tooltips(): string | undefined {
    return this.tooltipsJson;
  }

  /** The drawn chart, for tests and tools. */
  get chartInstance(): Chart | undefined {
    return this.chart;
  }

  connectedCallback() {
    this.render();
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  downloadPng(fileName: string) {
    if (!this.chart) {
      return;
    }
    const link = document.createElement('a');
    link.href = this.chart.toBase64Image('image/png', 1);
    link.download = fileName.endsWith('.png') ? fileName : `${fileName}.png`;
    link.click();
  }

  private render() {
    if (!this.isConnected || !this.configJson) {
      return;
    }
    const config = JSON.parse(this.configJson) as ChartConfiguration;
    const extras: string[][] = this.tooltipsJson ? JSON.parse(this.tooltipsJson) : [];
    const options: any = (config.options ??= {});
    options.responsive = true;
    options.maintainAspectRatio = false;
    options.onClick = (_event: ChartEvent, elements: ActiveElement[], chart: Chart) => {
      if (elements.length === 0) {
        return;
      }
      const { datasetIndex, index } = elements[0];
      const label = chart.data.labels?.[index];
      this.dispatchEvent(new CustomEvent('chart-click', { detail: { datasetIndex, index, label: String(label ?? '') } }));
    };
    options.onHover = (event: ChartEvent, elements: ActiveElement[]) => {
      const target = event.native?.target as HTMLElement | undefined;
      if (target) {
        target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
      }
    };
    if (extras.length > 0) {
      options.plugins ??= {};
      options.plugins.tooltip ??= {};
      options.plugins.tooltip.callbacks = {
        ...(options.plugins.tooltip.callbacks ?? {}),
        afterLabel: (item: any) => extras[item.datasetIndex]?.[item.dataIndex] ?? '',
      };
    }
    config.plugins = [...(config.plugins ?? []), whiteBackground];
    this.canvas.setAttribute('aria-label', this.getAttribute('aria-label') ?? '');
    this.chart?.destroy();
    this.chart = new Chart(this.canvas, config);
  }
}

customElements.define('jmo-chart', JmoChart);

declare global {
  interface HTMLElementTagNameMap {
    'jmo-chart': JmoChart;
  }
}
