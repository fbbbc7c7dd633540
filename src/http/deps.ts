import type { Store } from '../store/store.js';
import type { Feed } from '../service/feed.js';

/** What route plugins are given; nothing is reached through globals. */
export interface RouteDeps {
  store: Store;
  feed: Feed;
  version: string;
}
