import CorrgraphAnalyse
import CorrgraphGraph
import CorrgraphRead
import Testing

@Suite("Intermediaries and brokerage")
struct IntermediariesTests {
    // 0 Stalin (USSR), 1 Mao (PRC), 2 Kovalev (USSR), 3 Roshchin (USSR), 4 Zhou (PRC), 5 Kim (DPRK), 6 Nobody (no country)
    static func corpus() -> CorrespondenceGraph {
        var b = CorpusBuilder(names: ["Stalin", "Mao", "Kovalev", "Roshchin", "Zhou", "Kim", "Nobody"],
                              attributes: [["country": "USSR"], ["country": "PRC"], ["country": "USSR"],
                                           ["country": "USSR"], ["country": "PRC"], ["country": "DPRK"], [:]])
        b.message([0], [1], via: [2], on: "1949-12-16")          // Stalin → Kovalev → Mao
        b.message([0], [1], via: [2, 3], on: "1950-01-02")       // Stalin → Kovalev → Roshchin → Mao
        b.message([1], [0], via: [2], on: "1949-11")             // Mao → Kovalev → Stalin (dated to the month)
        b.message([0], [1])                                       // direct, undated
        b.message([1, 4], [0, 5], via: [3], on: "1950-06-25")    // 2 senders × 2 recipients via Roshchin
        b.message([0], [2], via: [3])                            // Stalin → Roshchin → Kovalev
        b.message([6], [1], via: [2])                            // sender without a country
        return b.graph
    }

    @Test func relayCountsPairsAndDates() throws {
        let relays = Intermediaries.compute(Self.corpus())
        #expect(relays.map(\.name) == ["Kovalev", "Roshchin"])
        let kovalev = relays[0]
        #expect(kovalev.relayed == 4)
        // Pairs: Stalin→Mao 2 of its 3 messages; Mao→Stalin 1 of 2 (the other went via Roshchin); Nobody→Mao 1 of 1.
        #expect(kovalev.pairs.map { "\($0.from)>\($0.to):\($0.messages)/\($0.pairTotal)" }
                == ["Stalin>Mao:2/3", "Mao>Stalin:1/2", "Nobody>Mao:1/1"])
        #expect(abs(kovalev.pairs[0].share - 2.0 / 3.0) < 1e-15)
        #expect(kovalev.first == CalendarDay(year: 1949, month: 11, day: 1))
        #expect(kovalev.last == CalendarDay(year: 1950, month: 1, day: 2))
        #expect(kovalev.roles == nil)

        let roshchin = relays[1]
        #expect(roshchin.relayed == 3)
        #expect(roshchin.pairs.count == 6)
        #expect(roshchin.first == CalendarDay(year: 1950, month: 1, day: 2))
        #expect(roshchin.last == CalendarDay(year: 1950, month: 6, day: 25))
    }

    @Test func gouldFernandezRoles() throws {
        let relays = Intermediaries.compute(Self.corpus(), groupBy: "country")
        let kovalev = try #require(relays.first { $0.name == "Kovalev" }?.roles)
        // Stalin(USSR)→Kovalev(USSR)→Mao(PRC) twice: representative; Mao(PRC)→Kovalev→Stalin(USSR): gatekeeper;
        // Nobody→Mao: unclassified.
        #expect(kovalev.representative == 2)
        #expect(kovalev.gatekeeper == 1)
        #expect(kovalev.unclassified == 1)
        #expect(kovalev.coordinator + kovalev.itinerant + kovalev.liaison == 0)
        let roshchin = try #require(relays.first { $0.name == "Roshchin" }?.roles)
        // Stalin→…→Roshchin→Mao: representative. Mao→Stalin and Zhou→Stalin: gatekeeper (PRC→USSR→USSR);
        // Mao→Kim, Zhou→Kim: liaison (PRC, USSR, DPRK); Stalin→Roshchin→Kovalev: coordinator.
        #expect(roshchin.representative == 1)
        #expect(roshchin.gatekeeper == 2)
        #expect(roshchin.liaison == 2)
        #expect(roshchin.coordinator == 1)
        #expect(roshchin.itinerant == 0)
    }

    @Test func itinerantRole() {
        var roles = BrokerageRoles()
        roles.record(source: "PRC", broker: "USSR", target: "PRC")
        #expect(roles.itinerant == 1)
        #expect(roles.counts.map(\.count).reduce(0, +) == 1)
    }
}
