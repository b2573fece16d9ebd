#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 rejects direct use of mutable C globals (they are not concurrency-safe), so the
 * Graphviz globals corrgraph needs are read through these inline accessors instead. */

/** The descriptor of a non-strict directed graph (`digraph { … }`), for `agopen`. */
static inline Agdesc_t cgraphviz_directed(void) { return Agdirected; }

/** The descriptor of a non-strict undirected graph (`graph { … }`), for `agopen`. */
static inline Agdesc_t cgraphviz_undirected(void) { return Agundirected; }
