using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// Reads, from a fact's JSON as <see cref="CaseEventJson"/> writes it, only the fields the measures use, straight
/// from the UTF-8 bytes: the reports read every stored fact of a large history, and deserialising each whole
/// (plans, needs, notes, names) cost more than everything else in a report. The facts it answers are the
/// history's own types with those fields set and every other field left empty (empty text, empty lists, empty
/// identifiers): fit for the measures, and for nothing else.
/// </summary>
public static class MeasureFacts
{
    private static readonly string OpenedKey = CaseEventTypes.CaseOpened.Key;

    /// <summary>The measures' fields of a fact whose type is in <see cref="MeasureAccumulator.FactsRead"/>.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="json">The fact's JSON in UTF-8.</param>
    /// <exception cref="ArgumentException">The type is not one the measures read.</exception>
    /// <exception cref="JsonException">The JSON is not a fact of this type.</exception>
    public static object Read(CaseEventType type, ReadOnlySpan<byte> json)
    {
        ArgumentNullException.ThrowIfNull(type);
        var reader = new Utf8JsonReader(json);
        Start(ref reader);
        return type.Trigger switch
        {
            null when type.Key == OpenedKey => Opened(ref reader),
            CaseTrigger.AddEnquiry => new EnquiryAdded(Single(ref reader, "enquiry"u8, EnquiryOf)),
            CaseTrigger.Triage => Triage(ref reader),
            CaseTrigger.CompleteAssessment => new AssessmentCompleted(Single(ref reader, "levelOfNeed"u8, Word<LevelOfNeed>), [], []),
            CaseTrigger.HoldTafMeeting => new TafMeetingHeld(Single(ref reader, "heldOn"u8, Date), [], false, null),
            CaseTrigger.RecordOutcomeReadings => Readings(ref reader),
            CaseTrigger.RecordCseScreening => Screening(ref reader),
            CaseTrigger.ChangeLevelOfNeed => new LevelOfNeedChanged(Single(ref reader, "levelOfNeed"u8, Word<LevelOfNeed>), ""),
            CaseTrigger.DeclineStepUp => new StepUpDeclined(Single(ref reader, "agreedLevelOfNeed"u8, Word<LevelOfNeed>), ""),
            CaseTrigger.RecordPanelDecision => new PanelDecisionRecorded(Guid.Empty, Single(ref reader, "outcome"u8, Word<PanelOutcome>), null, null, null),
            CaseTrigger.StepDown => new SteppedDown(Guid.Empty, "", "", Single(ref reader, "agreedLevelOfNeed"u8, Word<LevelOfNeed>)),
            CaseTrigger.RequestClosure => new ClosureRequested(Single(ref reader, "reason"u8, Word<ClosureReason>), "", ""),
            CaseTrigger.RecordExitSurvey => Survey(ref reader),
            _ => throw new ArgumentException($"The measures do not read '{type.Key}' facts.", nameof(type)),
        };
    }

    /// <summary>The same from JSON text.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="json">The fact's JSON.</param>
    public static object Read(CaseEventType type, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        return Read(type, bytes);
    }

    private delegate T ValueReader<out T>(ref Utf8JsonReader reader);

    private static CaseOpened Opened(ref Utf8JsonReader reader)
    {
        IReadOnlyList<Guid> children = [];
        string? locality = null;
        Enquiry? enquiry = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("childIds"u8))
            {
                reader.Read();
                children = Guids(ref reader);
            }
            else if (reader.ValueTextEquals("locality"u8))
            {
                reader.Read();
                locality = reader.GetString();
            }
            else if (reader.ValueTextEquals("enquiry"u8))
            {
                reader.Read();
                enquiry = EnquiryOf(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new CaseOpened(Guid.Empty, children, locality ?? throw Missing("locality"), enquiry ?? throw Missing("enquiry"), null);
    }

    /// <summary>An enquiry's source, received instant and level of need.</summary>
    private static Enquiry EnquiryOf(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        AgencyType? agency = null;
        DateTimeOffset? received = null;
        var level = LevelOfNeed.Additional;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("referrer"u8))
            {
                reader.Read();
                agency = Single(ref reader, "agency"u8, Word<AgencyType>);
            }
            else if (reader.ValueTextEquals("receivedAt"u8))
            {
                reader.Read();
                received = reader.GetDateTimeOffset();
            }
            else if (reader.ValueTextEquals("levelOfNeed"u8))
            {
                reader.Read();
                level = Word<LevelOfNeed>(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new Enquiry(Guid.Empty, new Referrer(agency ?? throw Missing("referrer.agency"), "", null), received ?? throw Missing("receivedAt"), [], level, Urgency.Standard, EnquiryConsent.Given);
    }

    private static TriageDecided Triage(ref Utf8JsonReader reader)
    {
        TriageOutcome? outcome = null;
        LevelOfNeed? level = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("outcome"u8))
            {
                reader.Read();
                outcome = Word<TriageOutcome>(ref reader);
            }
            else if (reader.ValueTextEquals("levelOfNeed"u8))
            {
                reader.Read();
                level = Word<LevelOfNeed>(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new TriageDecided(outcome ?? throw Missing("outcome"), level ?? throw Missing("levelOfNeed"), "");
    }

    private static OutcomeReadingsRecorded Readings(ref Utf8JsonReader reader)
    {
        string? measure = null;
        var scores = new List<DomainScore>();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("measure"u8))
            {
                reader.Read();
                measure = reader.GetString();
            }
            else if (reader.ValueTextEquals("scores"u8))
            {
                reader.Read();
                Expect(ref reader, JsonTokenType.StartArray);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Expect(ref reader, JsonTokenType.StartObject);
                    string? domain = null;
                    int? score = null;
                    while (NextProperty(ref reader))
                    {
                        if (reader.ValueTextEquals("domain"u8))
                        {
                            reader.Read();
                            domain = reader.GetString();
                        }
                        else if (reader.ValueTextEquals("score"u8))
                        {
                            reader.Read();
                            score = reader.GetInt32();
                        }
                        else
                        {
                            SkipValue(ref reader);
                        }
                    }

                    scores.Add(new DomainScore(domain ?? throw Missing("domain"), score ?? throw Missing("score")));
                }
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new OutcomeReadingsRecorded(measure ?? throw Missing("measure"), scores);
    }

    private static CseScreeningRecorded Screening(ref Utf8JsonReader reader)
    {
        Guid? child = null;
        CseRisk? risk = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("childId"u8))
            {
                reader.Read();
                child = reader.GetGuid();
            }
            else if (reader.ValueTextEquals("risk"u8))
            {
                reader.Read();
                risk = Word<CseRisk>(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new CseScreeningRecorded(child ?? throw Missing("childId"), risk ?? throw Missing("risk"));
    }

    private static ExitSurveyRecorded Survey(ref Utf8JsonReader reader)
    {
        SurveyAnswer? respect = null, listened = null, helped = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("treatedWithRespect"u8))
            {
                reader.Read();
                respect = Word<SurveyAnswer>(ref reader);
            }
            else if (reader.ValueTextEquals("listenedTo"u8))
            {
                reader.Read();
                listened = Word<SurveyAnswer>(ref reader);
            }
            else if (reader.ValueTextEquals("helpedWithIssues"u8))
            {
                reader.Read();
                helped = Word<SurveyAnswer>(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new ExitSurveyRecorded(respect ?? throw Missing("treatedWithRespect"), listened ?? throw Missing("listenedTo"), helped ?? throw Missing("helpedWithIssues"), null);
    }

    /// <summary>The one property of an object the measures want, the others skipped.</summary>
    private static T Single<T>(ref Utf8JsonReader reader, ReadOnlySpan<byte> name, ValueReader<T> value)
        where T : struct
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Expect(ref reader, JsonTokenType.StartObject);
        }

        T? found = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(name))
            {
                reader.Read();
                found = value(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return found ?? throw Missing(Encoding.UTF8.GetString(name));
    }

    private static Enquiry Single(ref Utf8JsonReader reader, ReadOnlySpan<byte> name, ValueReader<Enquiry> value)
    {
        Enquiry? found = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(name))
            {
                reader.Read();
                found = value(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return found ?? throw Missing(Encoding.UTF8.GetString(name));
    }

    private static Guid[] Guids(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var ids = new List<Guid>(2);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            ids.Add(reader.GetGuid());
        }

        return [.. ids];
    }

    /// <summary>A day written yyyy-MM-dd.</summary>
    private static DateOnly Date(ref Utf8JsonReader reader)
    {
        var text = reader.ValueSpan;
        if (reader.TokenType != JsonTokenType.String || text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !Utf8Parser.TryParse(text[..4], out int year, out _) || !Utf8Parser.TryParse(text.Slice(5, 2), out int month, out _)
            || !Utf8Parser.TryParse(text.Slice(8, 2), out int day, out _))
        {
            throw new JsonException("A day written yyyy-MM-dd was expected.");
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>An enum member written as CaseEventJson writes it, kebab-case.</summary>
    private static T Word<T>(ref Utf8JsonReader reader)
        where T : struct, Enum
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            var words = Words<T>.Utf8;
            for (var i = 0; i < words.Length; i++)
            {
                if (reader.ValueSpan.SequenceEqual(words[i]))
                {
                    return Words<T>.Values[i];
                }
            }
        }

        throw new JsonException($"Not a {typeof(T).Name} word.");
    }

    private static void Start(ref Utf8JsonReader reader)
    {
        reader.Read();
        Expect(ref reader, JsonTokenType.StartObject);
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The fact's JSON ends too early.");
        }

        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new JsonException($"A property name was expected, not {reader.TokenType}."),
        };
    }

    /// <summary>Skips the value of the property just read.</summary>
    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"{token} was expected, not {reader.TokenType}.");
        }
    }

    private static JsonException Missing(string field) => new($"The fact has no '{field}'.");

    private static class Words<T>
        where T : struct, Enum
    {
        public static readonly T[] Values = Enum.GetValues<T>();

        public static readonly byte[][] Utf8 = [.. Values.Select(v => Encoding.UTF8.GetBytes(PerformanceFramework.Word(v)))];
    }
}
