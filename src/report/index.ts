/**
 * The reports: `buildReportData(dataset, options)` computes every number of
 * the Norway cluster report, `buildNetworkReportData(graph, options)` those
 * of the report of any network; `renderMarkdownReport(data)` and
 * `renderHtmlReport(data)` lay out either. All pure and browser-safe; the
 * command line writes the files.
 */
export { buildReportData, DEFAULTS as BUILD_REPORT_DATA_DEFAULTS, type BuildReportDataOptions } from './build-report-data.ts';
export {
  buildNetworkReportData,
  DEFAULTS as BUILD_NETWORK_REPORT_DATA_DEFAULTS,
  type BuildNetworkReportDataOptions,
} from './build-network-report-data.ts';
export { renderMarkdownReport } from './render-markdown-report.ts';
export { renderHtmlReport } from './render-html-report.ts';
export { layoutReport } from './layout-report.ts';
export { NETWORK_REPORT_SECTIONS, REPORT_SECTIONS, type Block, type Inline, type TableBlock, type FigureBlock } from './report-blocks.ts';
export { escapeHtml, escapeMarkdown } from './escape-text.ts';
export { renderBarChart, renderHistogram, renderStackedBarChart, type BarDatum, type HistogramBin, type StackedBar } from './svg-charts.ts';
export { reproduce, reproduceInput, networkFlags, inputFlags, shellWord } from './reproduce-commands.ts';
export type * from './report-data.ts';
