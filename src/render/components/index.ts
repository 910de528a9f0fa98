// The components authors use in report MDX, passed to every report so no MDX file needs imports.
import Added from './Added.astro';
import Benchmark from './Benchmark.astro';
import BreakdownTable from './BreakdownTable.astro';
import ComparisonChart from './ComparisonChart.astro';
import ComparisonTable from './ComparisonTable.astro';
import IndicatorSummary from './IndicatorSummary.astro';
import IndicatorTable from './IndicatorTable.astro';
import LostChart from './LostChart.astro';
import ScrollTable from './ScrollTable.astro';
import SymbolKey from './SymbolKey.astro';
import TrendChart from './TrendChart.astro';
import Value from './Value.astro';

export const reportComponents = { Added, Benchmark, BreakdownTable, ComparisonChart, ComparisonTable, IndicatorSummary, IndicatorTable, LostChart, SymbolKey, TrendChart, Value, table: ScrollTable };
