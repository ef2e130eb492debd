/**
 * Background facts for a story. The implementation lives in core because digest and alert
 * builders (which may import only core) render the same links.
 */
export { linkFacts, MAX_FACTS } from '../core/link-facts.js';
