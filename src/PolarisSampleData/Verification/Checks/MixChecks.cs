using PolarisSampleData.Domain;
using PolarisSampleData.Generation;
using static PolarisSampleData.Verification.Checks.CheckSql;

namespace PolarisSampleData.Verification.Checks;

/// <summary>The plan's mixes: delivery preferences in its proportions, and every scenario it asks for present.</summary>
internal static class MixChecks
{
    public static readonly IReadOnlyList<Check> All =
    [
        new("mix.delivery", Severity.Fail,
            $"Delivery preferences follow the roster, block by block: the plan's {RosterMix(named: true)} of every {Roster.Size} patrons (its 60/20/10/10 %), or the scenario's.",
            [Read(Registration, "DeliveryOptionID")], $$"""
            WITH counts AS (
                SELECT count(*) AS patrons,
                       coalesce(sum(DeliveryOptionID = {{Ids(DeliveryOption.Email)}}), 0) AS email, coalesce(sum(DeliveryOptionID = {{Ids(DeliveryOption.Text)}}), 0) AS sms,
                       coalesce(sum(DeliveryOptionID = {{Ids(DeliveryOption.Voice)}}), 0) AS voice, coalesce(sum(DeliveryOptionID = {{Ids(DeliveryOption.Mail)}}), 0) AS mail
                FROM {{Registration}}),
            -- Each place of the block holds one patron per whole block, and one more while the last block lasts.
            places AS (
                SELECT r.DeliveryOptionID, c.patrons / b.size + (r.Position < c.patrons % b.size) AS patrons
                FROM main.Roster r, counts c, (SELECT count(*) AS size FROM main.Roster) b),
            expected AS (
                SELECT coalesce(sum(patrons * (DeliveryOptionID = {{Ids(DeliveryOption.Email)}})), 0) AS email, coalesce(sum(patrons * (DeliveryOptionID = {{Ids(DeliveryOption.Text)}})), 0) AS sms,
                       coalesce(sum(patrons * (DeliveryOptionID = {{Ids(DeliveryOption.Voice)}})), 0) AS voice, coalesce(sum(patrons * (DeliveryOptionID = {{Ids(DeliveryOption.Mail)}})), 0) AS mail
                FROM places)
            SELECT {{FileOf(Registration)}} AS file, NULL AS line, NULL AS key,
                   c.email || ' email / ' || c.sms || ' SMS / ' || c.voice || ' voice / ' || c.mail || ' mail of ' || c.patrons || ' patrons; the roster wants '
                   || e.email || ' / ' || e.sms || ' / ' || e.voice || ' / ' || e.mail AS problem
            FROM counts c, expected e
            WHERE c.patrons = 0 OR NOT (c.email = e.email AND c.sms = e.sms AND c.voice = e.voice AND c.mail = e.mail)
            """),
        new("mix.scenarios", Severity.Fail,
            "The plan's scenarios are there, as far as the roster tells them: 3+ holds ready the same day, 5+ overdues due the same day, holds with overdues, and patrons with neither.",
            [
                new CheckQuery([Read(HoldNotices, "PatronID", "HoldTillDate")], $$"""
                    SELECT {{FileOf(HoldNotices)}} AS file, NULL AS line, NULL AS key, 'no patron has 3 or more holds ready the same day' AS problem
                    WHERE NOT EXISTS (SELECT 1 FROM {{HoldNotices}} GROUP BY PatronID, date(HoldTillDate) HAVING count(*) >= 3)
                      AND EXISTS (SELECT 1 FROM main.Roster WHERE HoldsTogether AND Holds >= 3)
                    """),
                new CheckQuery([Read(Overdues, "PatronID", "DueDate")], $$"""
                    SELECT {{FileOf(Overdues)}} AS file, NULL AS line, NULL AS key, 'no patron has 5 or more overdues due the same day' AS problem
                    WHERE NOT EXISTS (SELECT 1 FROM {{Overdues}} GROUP BY PatronID, date(DueDate) HAVING count(*) >= 5)
                      AND EXISTS (SELECT 1 FROM main.Roster WHERE OverduesTogether AND Overdues >= 5)
                    """),
                new CheckQuery([Read(HoldNotices, "PatronID"), Read(Overdues, "PatronID")], $$"""
                    SELECT {{FileOf(HoldNotices)}} AS file, NULL AS line, NULL AS key, 'no patron has both holds and overdues' AS problem
                    WHERE NOT EXISTS (SELECT 1 FROM {{HoldNotices}} h JOIN {{Overdues}} o ON o.PatronID = h.PatronID)
                      AND EXISTS (SELECT 1 FROM main.Roster WHERE Holds > 0 AND Overdues > 0)
                    """),
                new CheckQuery([Read(Patrons, "PatronID"), Read(HoldNotices, "PatronID"), Read(Overdues, "PatronID")], $$"""
                    SELECT {{FileOf(Patrons)}} AS file, NULL AS line, NULL AS key, 'every patron has a hold or an overdue; the plan keeps some with neither' AS problem
                    WHERE NOT EXISTS (SELECT 1 FROM {{Patrons}} p
                                      WHERE p.PatronID NOT IN (SELECT PatronID FROM {{HoldNotices}} WHERE PatronID IS NOT NULL)
                                        AND p.PatronID NOT IN (SELECT PatronID FROM {{Overdues}} WHERE PatronID IS NOT NULL))
                      AND EXISTS (SELECT 1 FROM main.Roster WHERE Holds = 0 AND Overdues = 0)
                    """),
            ]),
    ];

    /// <summary>How many of the plan's roster prefer a delivery option: the mix of a 25-patron set.</summary>
    private static int InRoster(DeliveryOption option) => Roster.Scenarios.Count(s => s.Delivery == option);

    /// <summary><c>15 email / 5 SMS / 3 voice / 2 mail</c>, or without <paramref name="named"/> <c>15 / 5 / 3 / 2</c>.</summary>
    private static string RosterMix(bool named) => string.Join(" / ",
        new[] { (DeliveryOption.Email, "email"), (DeliveryOption.Text, "SMS"), (DeliveryOption.Voice, "voice"), (DeliveryOption.Mail, "mail") }
            .Select(d => named ? $"{InRoster(d.Item1)} {d.Item2}" : $"{InRoster(d.Item1)}"));
}
