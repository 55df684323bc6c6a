// What a marker can ask of the dashboard. The layers keep one handlers object for their whole
// life and read the latest callbacks through it, so Leaflet listeners are bound only once.
export interface MarkerHandlers {
  /** Click, Enter or Space: select the place, or clear it when it is already selected. */
  toggle(placeId: string): void;
  /** Escape on a marker. */
  clear(): void;
  hover(placeId: string | null): void;
  /** A click on a cluster badge: zoom the map in on it, far enough to split it. */
  openCluster(lat: number, lon: number, clusterIndex: number): void;
}
