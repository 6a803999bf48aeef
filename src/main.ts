import { mount } from 'svelte';
import Root from './Root.svelte';
import { app } from './lib/state/app-state.svelte.ts';
import { parsePermalink } from './lib/state/permalink.ts';

// Read the link before the first paint so the loading text is already in the link's language;
// App re-reads it against the circle ids of the loaded data.
Object.assign(app, parsePermalink(location.href));
mount(Root, { target: document.getElementById('app')! });
