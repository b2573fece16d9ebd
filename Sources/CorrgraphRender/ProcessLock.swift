#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain mutex, the only platform-specific code of the module.
///
/// libgvc and cgraph keep global state (the lexer, the error buffer, plugin tables), so two
/// threads inside Graphviz at once crash or hang; every call into Graphviz holds this lock.
/// A `pthread_mutex_t` must not move in memory, hence the heap allocation; the lock lives for the
/// whole process, so it is never destroyed.
final class ProcessLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        let status = pthread_mutex_init(mutex, nil)
        precondition(status == 0, "pthread_mutex_init failed: \(status)")
    }

    /// Runs `body` while holding the lock. Not reentrant: `body` must not take the lock again.
    func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}
