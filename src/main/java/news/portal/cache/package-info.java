/**
 * What the build cache stores and how stage outputs are keyed: {@link news.portal.cache.Codec} writes plain
 * values (strings, numbers, dates, lists, maps, records of the content model) in a small binary form of its
 * own, and {@link news.portal.cache.Key} digests what a stage looked at into a content hash. Preview's
 * in-memory re-render and the bake's persistent cache key their outputs the same way.
 */
package news.portal.cache;
