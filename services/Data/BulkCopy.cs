using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Frivillighed.Data;

// Many rows of one entity written with PostgreSQL's binary COPY on the context's connection, in its current
// transaction: what SaveChangesAsync would insert (the same columns, value conversions and constraints; INSERT
// triggers fire), without tracking each entity. For tens of thousands of rows at once (a season's publication);
// an ordinary change is saved with SaveChangesAsync. Identity columns and xmin are left to the database.
public static class BulkCopy
{
    public static async Task CopyAsync<T>(this DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of {db.GetType().Name}.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.GetColumnName(table) is { } name && name != "xmin" && p.GetValueGenerationStrategy() != NpgsqlValueGenerationStrategy.IdentityByDefaultColumn
                && p.GetValueGenerationStrategy() != NpgsqlValueGenerationStrategy.IdentityAlwaysColumn)
            .Select(p => (Property: p, Name: p.GetColumnName(table)!, Type: StoreType(p), Converter: p.GetTypeMapping().Converter))
            .ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {entity.GetTableName()} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var (property, _, type, converter) in columns)
            {
                var value = property.GetGetter().GetClrValue(row);
                if (value is not null && converter is not null)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await writer.WriteNullAsync(ct);
                }
                else
                {
                    await writer.WriteAsync(value, type, ct);
                }
            }
        }

        await writer.CompleteAsync(ct);
    }

    // "character varying(200)" → "character varying": COPY names the type, the column keeps its length.
    private static string StoreType(IProperty property) => property.GetColumnType() is var type && type.IndexOf('(') is var open and > 0 ? type[..open] : property.GetColumnType();
}
