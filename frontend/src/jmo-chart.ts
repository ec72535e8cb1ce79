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

type Overlay =
  | { type: 'vline'; index: number; label: string }
  | { type: 'quadrants'; x: number; y: number; labels: [string, string, string, string] }
  | { type: 'markers'; lines: { index: number; label: string }[] };

/** Draws reference lines the server asks for: a limit line on a category axis, or the four IPA quadrants. */
const overlayPlugin = {
  id: 'jmoOverlay',
  afterDatasetsDraw(chart: Chart, _args: unknown, options: { overlay?: Overlay }) {
    const overlay = options?.overlay;
    if (!overlay) {
      return;
    }
    const { ctx, chartArea } = chart;
    const xScale: any = (chart as any).scales.x;
    const yScale: any = (chart as any).scales.y;
    ctx.save();
    ctx.strokeStyle = '#c92a2a';
    ctx.fillStyle = '#c92a2a';
    ctx.setLineDash([6, 4]);
    ctx.lineWidth = 2;
    ctx.font = '12px sans-serif';
    if (overlay.type === 'vline' && xScale) {
      // between the bar of `index` and the next one: "up to and including index" is on the left
      const left = xScale.getPixelForValue(overlay.index);
      const right = xScale.getPixelForValue(overlay.index + 1);
      const x = (left + right) / 2;
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillText(overlay.label, Math.min(x + 4, chartArea.right - ctx.measureText(overlay.label).width), chartArea.top + 12);
    } else if (overlay.type === 'markers' && xScale) {
      // release markers: a line at the left edge of the category the version was first seen in
      ctx.strokeStyle = '#343a40';
      ctx.fillStyle = '#343a40';
      ctx.setLineDash([3, 3]);
      ctx.lineWidth = 1.5;
      ctx.font = '11px sans-serif';
      overlay.lines.forEach((line, i) => {
        const here = xScale.getPixelForValue(line.index);
        const before = line.index > 0 ? xScale.getPixelForValue(line.index - 1) : here - (xScale.getPixelForValue(1) - xScale.getPixelForValue(0));
        const x = Math.max(chartArea.left, (here + before) / 2);
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
        ctx.stroke();
        const width = ctx.measureText(line.label).width;
        // labels step down so that two releases close together stay readable
        ctx.fillText(line.label, Math.min(x + 3, chartArea.right - width), chartArea.top + 11 + (i % 3) * 12);
      });
    } else if (overlay.type === 'quadrants' && xScale && yScale) {
      const x = xScale.getPixelForValue(overlay.x);
      const y = yScale.getPixelForValue(overlay.y);
      ctx.strokeStyle = '#868e96';
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#495057';
      const [topLeft, topRight, bottomLeft, bottomRight] = overlay.labels;
      ctx.textAlign = 'left';
      ctx.fillText(topLeft, chartArea.left + 6, chartArea.top + 14);
      ctx.fillText(bottomLeft, chartArea.left + 6, chartArea.bottom - 6);
      ctx.textAlign = 'right';
      ctx.fillText(topRight, chartArea.right - 6, chartArea.top + 14);
      ctx.fillText(bottomRight, chartArea.right - 6, chartArea.bottom - 6);
    }
    ctx.restore();
  },
};

/** Sets one text size on the axes, their titles and the legend. */
function applyFontSize(options: any, size: number) {
  for (const scale of Object.values(options.scales ?? {}) as any[]) {
    scale.ticks = { ...(scale.ticks ?? {}), font: { ...(scale.ticks?.font ?? {}), size } };
    if (scale.title) {
      scale.title.font = { ...(scale.title.font ?? {}), size };
    }
    if (scale.pointLabels) {
      scale.pointLabels.font = { ...(scale.pointLabels.font ?? {}), size };
    }
  }
  options.plugins ??= {};
  options.plugins.legend ??= {};
  options.plugins.legend.labels = { ...(options.plugins.legend.labels ?? {}), font: { size } };
}

/**
 * <jmo-chart>: renders any Chart.js configuration given by the server as JSON in the `config` property.
 * - sizes itself to its container (Chart.js responsive mode, aspect ratio off: the container decides);
 * - draws without animation (a dashboard shows figures, and nine animated charts cost the browser more than the
 *   server needs for them); the `animate` attribute (milliseconds, e.g. on slides) brings a short animation back;
 * - `config`, `tooltips` and `overlay` set in the same server round trip are drawn once (in a microtask), and a
 *   new configuration of the same chart type updates the existing Chart.js instance instead of recreating it;
 * - destroys its chart when detached, and rebuilds it when attached again;
 * - `tooltips` (JSON: one array of extra lines per dataset, one entry per point) adds lines to the tooltip;
 * - `overlay` (JSON) draws a limit line, IPA quadrants or release markers;
 * - dispatches `chart-click` with {datasetIndex, index, label} when a bar or point is clicked;
 * - downloadPng(fileName) saves the chart as a PNG;
 * - `font-scale` attribute (e.g. 0.05): text size as a share of the chart's height, kept on resize (slides);
 * - `locale` attribute ('id-ID' or 'en'): the language of numbers on ticks and in tooltips, 'id-ID' when missing.
 */
export class JmoChart extends HTMLElement {
  private chart?: Chart;
  private canvas: HTMLCanvasElement;
  private configJson?: string;
  private tooltipsJson?: string;
  private overlayJson?: string;
  private renderPending = false;

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
    this.scheduleRender();
  }

  get config(): string | undefined {
    return this.configJson;
  }

  set tooltips(json: string | undefined) {
    this.tooltipsJson = json;
    this.scheduleRender();
  }

  get tooltips(): string | undefined {
    return this.tooltipsJson;
  }

  set overlay(json: string | undefined) {
    this.overlayJson = json;
    this.scheduleRender();
  }

  get overlay(): string | undefined {
    return this.overlayJson;
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

  /** Draws once after the current task: the server sets config, tooltips and overlay one after the other. */
  private scheduleRender() {
    if (this.renderPending) {
      return;
    }
    this.renderPending = true;
    queueMicrotask(() => {
      this.renderPending = false;
      this.render();
    });
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
    // ticks and tooltips in the page's number format (4,5 and 1.234 on 'id-ID', 4.5 and 1,234 on 'en'), as every
    // other number on the page; the server sets the `locale` attribute, Indonesian when it is missing
    options.locale ??= this.getAttribute('locale') || 'id-ID';
    const animate = Number(this.getAttribute('animate') ?? 0);
    options.animation = animate > 0 ? { duration: animate } : false;
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
    if (this.overlayJson) {
      options.plugins ??= {};
      options.plugins.jmoOverlay = { overlay: JSON.parse(this.overlayJson) };
    }
    const fontScale = Number(this.getAttribute('font-scale') ?? 0);
    if (fontScale > 0) {
      applyFontSize(options, Math.max(12, Math.round((this.clientHeight || 400) * fontScale)));
      options.onResize = (chart: Chart, size: { width: number; height: number }) => {
        applyFontSize(chart.options as any, Math.max(12, Math.round(size.height * fontScale)));
        chart.update('none');
      };
    }
    this.canvas.setAttribute('aria-label', this.getAttribute('aria-label') ?? '');
    const current = this.chart as any;
    if (current && current.config.type === config.type) {
      // same kind of chart (a filter change): new data and options into the existing instance, no new canvas state
      current.data = config.data;
      current.options = options;
      current.update(animate > 0 ? undefined : 'none');
      return;
    }
    config.plugins = [...(config.plugins ?? []), whiteBackground, overlayPlugin];
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
