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
            $"Delivery preferences follow the plan: {RosterMix(named: true)} of {Roster.Size} patrons, otherwise 60/20/10/10 % within 10 points.",
            [Read(Registration, "DeliveryOptionID")], $$"""
            WITH counts AS (
                SELECT count(*) AS patrons,
                       coalesce(sum(DeliveryOptionID = {{Ids(DeliveryOption.Email)}}), 0) AS email, coalesce(sum(DeliveryOptionID = {{Ids(DeliveryOption.Text)}}), 0) AS sms,
                       coalesce(sum(DeliveryOptionID = {{Ids(DeliveryOption.Voice)}}), 0) AS voice, coalesce(sum(DeliveryOptionID = {{Ids(DeliveryOption.Mail)}}), 0) AS mail
                FROM {{Registration}})
            SELECT {{FileOf(Registration)}} AS file, NULL AS line, NULL AS key,
                   email || ' email / ' || sms || ' SMS / ' || voice || ' voice / ' || mail || ' mail of ' || patrons || ' patrons; the plan wants '
                   || CASE WHEN patrons = {{Roster.Size}} THEN '{{RosterMix(named: false)}}' ELSE '60/20/10/10 % within 10 points' END AS problem
            FROM counts
            WHERE CASE WHEN patrons = {{Roster.Size}} THEN NOT (email = {{InRoster(DeliveryOption.Email)}} AND sms = {{InRoster(DeliveryOption.Text)}} AND voice = {{InRoster(DeliveryOption.Voice)}} AND mail = {{InRoster(DeliveryOption.Mail)}})
                       ELSE patrons = 0 OR abs(100.0 * email / patrons - 60) > 10 OR abs(100.0 * sms / patrons - 20) > 10
                            OR abs(100.0 * voice / patrons - 10) > 10 OR abs(100.0 * mail / patrons - 10) > 10 END
            """),
        new("mix.scenarios", Severity.Fail,
            "The plan's scenarios are there: 3+ holds ready the same day, 5+ overdues due the same day, holds with overdues, and patrons with neither.",
            [
                new CheckQuery([Read(HoldNotices, "PatronID", "HoldTillDate")], $$"""
                    SELECT {{FileOf(HoldNotices)}} AS file, NULL AS line, NULL AS key, 'no patron has 3 or more holds ready the same day' AS problem
                    WHERE NOT EXISTS (SELECT 1 FROM {{HoldNotices}} GROUP BY PatronID, date(HoldTillDate) HAVING count(*) >= 3)
                    """),
                new CheckQuery([Read(Overdues, "PatronID", "DueDate")], $$"""
                    SELECT {{FileOf(Overdues)}} AS file, NULL AS line, NULL AS key, 'no patron has 5 or more overdues due the same day' AS problem
                    WHERE NOT EXISTS (SELECT 1 FROM {{Overdues}} GROUP BY PatronID, date(DueDate) HAVING count(*) >= 5)
                    """),
                new CheckQuery([Read(HoldNotices, "PatronID"), Read(Overdues, "PatronID")], $$"""
                    SELECT {{FileOf(HoldNotices)}} AS file, NULL AS line, NULL AS key, 'no patron has both holds and overdues' AS problem
                    WHERE NOT EXISTS (SELECT 1 FROM {{HoldNotices}} h JOIN {{Overdues}} o ON o.PatronID = h.PatronID)
                    """),
                new CheckQuery([Read(Patrons, "PatronID"), Read(HoldNotices, "PatronID"), Read(Overdues, "PatronID")], $$"""
                    SELECT {{FileOf(Patrons)}} AS file, NULL AS line, NULL AS key, 'every patron has a hold or an overdue; the plan keeps some with neither' AS problem
                    WHERE NOT EXISTS (SELECT 1 FROM {{Patrons}} p
                                      WHERE p.PatronID NOT IN (SELECT PatronID FROM {{HoldNotices}} WHERE PatronID IS NOT NULL)
                                        AND p.PatronID NOT IN (SELECT PatronID FROM {{Overdues}} WHERE PatronID IS NOT NULL))
                    """),
            ]),
    ];

    /// <summary>How many of the roster generate repeats prefer a delivery option: the plan's mix of a 25-patron set.</summary>
    private static int InRoster(DeliveryOption option) => Roster.Scenarios.Count(s => s.Delivery == option);

    /// <summary><c>15 email / 5 SMS / 3 voice / 2 mail</c>, or without <paramref name="named"/> <c>15 / 5 / 3 / 2</c>.</summary>
    private static string RosterMix(bool named) => string.Join(" / ",
        new[] { (DeliveryOption.Email, "email"), (DeliveryOption.Text, "SMS"), (DeliveryOption.Voice, "voice"), (DeliveryOption.Mail, "mail") }
            .Select(d => named ? $"{InRoster(d.Item1)} {d.Item2}" : $"{InRoster(d.Item1)}"));
}
