import CorrgraphRead

/// libFuzzer entry point: reads the input as a file of CMIF (TEI correspondence metadata) XML.
/// A `ReadError` is an answer; a crash, a hang (-timeout) or running out of memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    _ = try? CMIFReader().read(bytes: bytes, source: "fuzz")
    return 0
}
