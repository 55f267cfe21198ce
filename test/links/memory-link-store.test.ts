import { MemoryLinkStore } from '../../src/links/stores/memory-link-store.js';
import { linkStoreConformance } from './store-conformance.js';

linkStoreConformance('memory', {
  shared: false,
  async fresh() {
    const store = new MemoryLinkStore();
    return { open: async () => store };
  },
});
