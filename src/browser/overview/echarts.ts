/** The slice of Apache ECharts the overview draws with: three chart types, two components, the SVG renderer. */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsLike } from '../../report/charts';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, SVGRenderer]);

export const slimECharts = echarts as unknown as EChartsLike;
