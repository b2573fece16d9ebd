import CorrgraphExtract
import CorrgraphRead
import CorrgraphResolve

/// libFuzzer entry point: one catalogue record whose title is the input's first line and whose
/// summary is the rest (the form of `tt -f`, one record per input), extracted and then resolved.
/// Every input must give an answer — acts or `problems` — in time linear in its length.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let newline = bytes.firstIndex(of: 0x0A) ?? bytes.count
    let title = String(decoding: bytes[..<newline], as: UTF8.self)
    let summary = newline < bytes.count ? String(decoding: bytes[(newline + 1)...], as: UTF8.self) : ""
    let record = CatalogueRecord(id: "fuzz#1", source: "fuzz", line: 1, date: "1950", title: title, summary: summary)
    let extracted = RecordExtractor().extract(record)
    _ = NameResolver().resolve([extracted])
    return 0
}
