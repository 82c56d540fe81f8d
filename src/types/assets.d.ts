/** Files webpack inlines into the bundle as `data:` URLs (the sample workbook of the web page). */
declare module '*.xlsx' {
  const dataUrl: string;
  export default dataUrl;
}
