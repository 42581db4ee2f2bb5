// Dexie reads `indexedDB` when it is imported, so the fake must be installed before any test module loads.
import 'fake-indexeddb/auto';
