// Vite turns `?url` imports into the emitted asset's URL (the JSON is fetched only when the map is first shown).
declare module 'world-atlas/countries-50m.json?url' {
  const url: string;
  export default url;
}
