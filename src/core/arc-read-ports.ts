/** What `/sahel story` shows of a story's arc (developing situation): `StoryDetail.arc`. */

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
