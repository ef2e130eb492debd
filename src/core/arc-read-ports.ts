/**
 * What `/sahel story` shows of a story's arc (developing situation). It extends the read
 * ports' `StoryDetail` from here, beside the arc store port, so the arc stays one optional
 * field that read ports without arcs simply leave out.
 */

/** One development of an arc, as `/sahel story` lists it. */
export interface ArcDevelopment {
  readonly storyId: string;
  readonly title: string;
  readonly url: string | null;
  /** Epoch ms of its earliest report. */
  readonly publishedAt: number;
  /** True for the story the command was asked about. */
  readonly current: boolean;
}

/** A story's arc: its title and every development still stored, in the order they began. */
export interface StoryArc {
  readonly arcId: string;
  readonly title: string;
  readonly developments: readonly ArcDevelopment[];
}

declare module './read-ports.js' {
  interface StoryDetail {
    /** The story's arc when it has other developments; absent otherwise. */
    readonly arc?: StoryArc;
  }
}
