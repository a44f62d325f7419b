using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolarisSampleData.Generation;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Scenarios;

/// <summary>The scenario file's JSON Schema, for editors.</summary>
public static partial class ScenarioFile
{
    /// <summary>
    /// A JSON Schema (2020-12) of the file, from the same names, bounds and descriptions the reader and
    /// <see cref="Render"/> use, so an editor's completion and validation agree with <c>scenario check</c>.
    /// </summary>
    public static string Schema()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.WriteString("title", "polaris-gen scenario");
            json.WriteString("description", "The world a polaris-gen data set is generated from; a setting left out keeps the plan's value.");
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("properties");

            ObjectSetting(json, WindowKey, WindowHelp);
            json.WriteStartObject("properties");
            Integer(json, "daysBack", ScenarioWindow.MinDaysBack, ScenarioWindow.MaxDaysBack, ScenarioSettings.Default.Window.DaysBack);
            Integer(json, "daysAhead", ScenarioWindow.MinDaysAhead, ScenarioWindow.MaxDaysAhead, ScenarioSettings.Default.Window.DaysAhead);
            json.WriteEndObject();
            json.WriteEndObject();

            ObjectSetting(json, BatchHoursKey, BatchHoursHelp);
            json.WriteStartObject("properties");
            Integer(json, "first", BatchHours.EarliestFirst, BatchHours.LatestFirst, BatchHours.Plan.First);
            Integer(json, "last", BatchHours.EarliestFirst + BatchHours.FewestBatches - 1, BatchHours.LatestLast, BatchHours.Plan.Last);
            json.WriteEndObject();
            json.WriteEndObject();

            ObjectSetting(json, NoticeScheduleKey, NoticeScheduleHelp);
            json.WriteStartObject("properties");
            foreach (var (key, get, _) in ScheduleDays)
                Integer(json, key, 1, NoticeSchedule.MaxOverdueDays, get(ScenarioSettings.Default.NoticeSchedule));
            json.WriteEndObject();
            json.WriteEndObject();

            ObjectSetting(json, ShoutbombRunsKey, ShoutbombRunsHelp);
            json.WriteStartObject("properties");
            foreach (var (key, _, _) in DailyRuns) Text(json, key, TimePattern);
            json.WriteStartObject(HoldsRunsKey);
            json.WriteString("type", "array");
            json.WriteNumber("minItems", 1);
            json.WriteNumber("maxItems", MaxHoldsRuns);
            json.WritePropertyName("items");
            json.WriteStartObject();
            json.WriteString("type", "string");
            json.WriteString("pattern", TimePattern);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            ObjectSetting(json, VoiceCallsKey, VoiceCallsHelp);
            json.WriteStartArray("required");
            foreach (var key in CallOutcomeKeys) json.WriteStringValue(key);
            json.WriteEndArray();
            json.WriteStartObject("properties");
            foreach (var (key, share) in CallOutcomeKeys.Zip(ScenarioSettings.Default.VoiceCalls.Shares))
            {
                json.WriteStartObject(key);
                json.WriteString("type", "number");
                json.WriteNumber("minimum", 0);
                json.WriteNumber("maximum", 1);
                json.WriteNumber("default", share);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();

            ListOfEntries(json, EmailProvidersKey, EmailProvidersHelp, "domain", "share");
            Text(json, "domain", DomainName().ToString());
            ShareOfPatrons(json);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            ListOfEntries(json, BranchesKey, BranchesHelp, BranchNameKey, AbbreviationKey, "share");
            Text(json, BranchNameKey, BranchName().ToString());
            Text(json, AbbreviationKey, BranchAbbreviation().ToString());
            ShareOfPatrons(json);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            ListOfEntries(json, LanguagesKey, LanguagesHelp, LanguageKey, "share");
            json.WriteStartObject(LanguageKey);
            json.WriteStartArray("enum");
            foreach (var language in Domain.Language.All) json.WriteStringValue(language.Name);
            json.WriteEndArray();
            json.WriteEndObject();
            ShareOfPatrons(json);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            ListOfEntries(json, RosterKey, RosterHelp, PatronKey, CountKey);
            json.WriteStartObject(PatronKey);
            json.WriteStartArray("enum");
            foreach (var story in Roster.Scenarios) json.WriteStringValue(story.Letter);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject(CountKey);
            json.WriteString("type", "integer");
            json.WriteNumber("minimum", 0);
            json.WriteNumber("maximum", RosterEntry.MaxPatrons);
            json.WriteEndObject();
            json.WriteStartObject(DeliveryKey);
            json.WriteStartArray("enum");
            foreach (var (option, _) in Roster.DeliveryNames) json.WriteStringValue(option);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject(FailingNumberBlocksKey);
            json.WriteString("description", FailingNumberBlocksHelp);
            json.WriteString("type", "integer");
            json.WriteNumber("minimum", 1);
            json.WriteNumber("maximum", ScenarioSettings.MaxFailingNumberBlocks);
            json.WriteNumber("default", ScenarioSettings.PlanFailingNumberBlocks);
            json.WriteEndObject();

            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";

        // A setting that is a list of entries, up to where the entries' properties are written (the caller closes four objects).
        static void ListOfEntries(Utf8JsonWriter json, string name, string help, params string[] required)
        {
            json.WriteStartObject(name);
            json.WriteString("description", help);
            json.WriteString("type", "array");
            json.WriteNumber("minItems", 1);
            json.WriteStartObject("items");
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartArray("required");
            foreach (var key in required) json.WriteStringValue(key);
            json.WriteEndArray();
            json.WriteStartObject("properties");
        }

        // A setting of named values below it, up to where they are written.
        static void ObjectSetting(Utf8JsonWriter json, string name, string help)
        {
            json.WriteStartObject(name);
            json.WriteString("description", help);
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
        }

        static void ShareOfPatrons(Utf8JsonWriter json)
        {
            json.WriteStartObject("share");
            json.WriteString("type", "number");
            json.WriteNumber("exclusiveMinimum", 0);
            json.WriteNumber("maximum", 1);
            json.WriteEndObject();
        }

        static void Text(Utf8JsonWriter json, string name, string pattern)
        {
            json.WriteStartObject(name);
            json.WriteString("type", "string");
            json.WriteString("pattern", pattern);
            json.WriteEndObject();
        }

        static void Integer(Utf8JsonWriter json, string name, int min, int max, int plan)
        {
            json.WriteStartObject(name);
            json.WriteString("type", "integer");
            json.WriteNumber("minimum", min);
            json.WriteNumber("maximum", max);
            json.WriteNumber("default", plan);
            json.WriteEndObject();
        }
    }
}
