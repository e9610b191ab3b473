import {
  CellStyleModule,
  ClientSideRowModelModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  RowSelectionModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  themeQuartz,
} from 'ag-grid-community';

ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  ClientSideRowModelModule,
  TextFilterModule,
  NumberFilterModule,
  TextEditorModule,
  SelectEditorModule,
  RowSelectionModule,
  CellStyleModule,
  LocaleModule,
]);

/** Quartz, tightened to the density of a desktop office tool. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: ['Segoe UI', 'system-ui', 'Noto Sans', 'Liberation Sans', 'sans-serif'],
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 28,
  headerHeight: 32,
  accentColor: '#0a64ad',
  borderColor: '#d5d9e0',
  headerBackgroundColor: '#f2f4f7',
  oddRowBackgroundColor: '#fafbfc',
  selectedRowBackgroundColor: '#dcebfa',
  borderRadius: 2,
  wrapperBorderRadius: 0,
  browserColorScheme: 'light',
});
