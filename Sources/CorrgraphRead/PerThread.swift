#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One instance of a class per thread, made on the thread's first use and released when the thread
/// ends: memos that parallel stages read and write without a lock (`DateLineMemo`, the extraction's
/// `TextCache`). Never share the value with another thread.
///
/// ```swift
/// static let memos = PerThread { Memo() }
/// memos.value.remember(…)   // this thread's Memo
/// ```
public final class PerThread<Value: AnyObject>: @unchecked Sendable {
    // A pthread key is safe to use from any thread; `make` runs on the thread that asks.
    private let key: pthread_key_t
    private let make: @Sendable () -> Value

    public init(_ make: @escaping @Sendable () -> Value) {
        var key = pthread_key_t()
        // The value is retained once when stored and released here when its thread ends.
        pthread_key_create(&key) { raw in
            guard let raw else { return }
            Unmanaged<AnyObject>.fromOpaque(raw).release()
        }
        self.key = key
        self.make = make
    }

    /// This thread's value.
    public var value: Value {
        if let raw = pthread_getspecific(key) { return Unmanaged<Value>.fromOpaque(raw).takeUnretainedValue() }
        let made = make()
        pthread_setspecific(key, Unmanaged.passRetained(made).toOpaque())
        return made
    }
}
