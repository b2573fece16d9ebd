import Testing

/// Acts a summary states plainly, and summaries that must not add acts.
@Suite struct SummaryConventionTests {
    @Test func journalEntryInterlocutorsComeFromTheSummary() {
        #expect(Acts.of("Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 19 October 1957",
                        summary: "Nam Il discusses the results of the KWP CC Plenum.") == ["{A.M. Puzanov, Nam Il} (summary)".replacingOccurrences(of: " (summary)", with: "")])
    }

    @Test func journalEntryWithoutAConversationHasNone() {
        #expect(Acts.of("Journal of Soviet Ambassador in the DPRK A.M. Puzanov for 25 June 1960",
                        summary: "Kim Il Sung gathers senior North Korean officials to inform them of the results of his visit to Moscow.") == [])
    }

    @Test func oneSidedTitleIsCompletedByTheSummary() {
        #expect(Acts.of("Minutes of Talks with Mao Tse-tung, Beijing, 23 October 1954. Extracts.",
                        summary: "Mao Zedong and Nehru discuss Chinese foreign policies toward war and peace.")
            == ["{Mao Tse-tung, Nehru}"])
    }

    @Test func participantAlsoPresentIsAdded() {
        #expect(Acts.of("Conversations between Romanian Leader Gheorghe Gheorghiu-Dej and Chinese Ambassador Liu Fang",
                        summary: "Romanian military leader Emil Bodnăraş is also present.")
            == ["{Emil Bodnăraş, Gheorghe Gheorghiu-Dej, Liu Fang}"])
    }

    @Test func summaryAliasNamesTheRealPerson() {
        let c = Acts.corpus([("Cable, Stalin to Mao Zedong [via Terebin]",
                              "Stalin tells Mao, through Terebin (Andrei Orlov), that he received Mao's letter.", "1948")])
        #expect(Acts.describe(c.records[0], in: c) == ["Stalin → Mao Zedong via Andrei Orlov"])
    }

    @Test func aBareSurnameInParenthesesIsNoAlias() {
        // "Kuznetsov (Stalin)" may say on whose behalf; the relay stays Kuznetsov.
        let c = Acts.corpus([("Cable, Terebin to Stalin [via Kuznetsov]", "Terebin reports to Kuznetsov (Stalin) on the situation.", "1949")])
        #expect(Acts.describe(c.records[0], in: c) == ["Terebin → Stalin via Kuznetsov"])
    }
}
