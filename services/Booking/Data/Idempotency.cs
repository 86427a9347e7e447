using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Frivillighed.Booking.Model;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Data;

// Idempotency-Key on booking POSTs (as in the IETF draft and Stripe's API): the first request with a key
// claims it inside its own transaction; a concurrent retry waits on the key's primary key until the first
// commits (then gets the stored answer) or rolls back (then goes ahead itself). Only successful answers are
// kept: a refused request may be retried with the same key and is judged again.
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Hash(string operation, object request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(operation + "\n" + JsonSerializer.Serialize(request, Json))));

    // The request's field errors, with the header's when the key is malformed.
    public static Dictionary<string, string[]> AndKey(this Dictionary<string, string[]> errors, string? key)
    {
        if (key is not null && (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength))
        {
            errors[Header] = [$"The {Header} header must be 1–{MaxKeyLength} characters (a UUID is a good key)."];
        }

        return errors;
    }

    // Null: the key is now this request's. Otherwise the earlier request's record.
    public static async Task<IdempotencyRecord?> ClaimAsync(this BookingDbContext db, Guid userId, string key, string hash, DateTimeOffset now,
        CancellationToken ct)
    {
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO idempotency_records (user_id, key, request_hash, created_at) VALUES ({userId}, {key}, {hash}, {now})
            ON CONFLICT DO NOTHING
            """, ct);
        return inserted == 1 ? null : await db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.UserId == userId && r.Key == key, ct);
    }

    public static Task StoreAnswerAsync<T>(this BookingDbContext db, Guid userId, string key, string location, T response, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE idempotency_records SET location = {location}, response_body = {JsonSerializer.Serialize(response, Json)}::jsonb
            WHERE user_id = {userId} AND key = {key}
            """, ct);

    // The stored answer again, or 422 when the key was used for a different request.
    public static ProblemHttpResult? Mismatch(IdempotencyRecord record, string hash) =>
        record.RequestHash == hash
            ? null
            : Problems.Unprocessable($"{Header} '{record.Key}' was already used for a different request; use a new key for a new request.");

    public static Created<T> Replay<T>(IdempotencyRecord record, HttpResponse response)
    {
        response.Headers[ReplayedHeader] = "true";
        return TypedResults.Created(record.Location, JsonSerializer.Deserialize<T>(record.ResponseBody!, Json));
    }
}
