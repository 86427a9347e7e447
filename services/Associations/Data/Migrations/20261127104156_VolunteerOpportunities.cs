using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Frivillighed.Associations.Data.Migrations
{
    /// <inheritdoc />
    public partial class VolunteerOpportunities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "volunteer_opportunities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    area = table.Column<int>(type: "integer", nullable: false),
                    town = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    time_commitment = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    posted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                        .Annotation("Npgsql:TsVectorConfig", "danish")
                        .Annotation("Npgsql:TsVectorProperties", new[] { "title", "description", "town" })
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_volunteer_opportunities", x => x.id);
                    table.ForeignKey(
                        name: "fk_volunteer_opportunities_associations_association_id",
                        column: x => x.association_id,
                        principalTable: "associations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_opportunities_association_id",
                table: "volunteer_opportunities",
                column: "association_id");

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_opportunities_closed_at",
                table: "volunteer_opportunities",
                column: "closed_at");

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_opportunities_search_vector",
                table: "volunteer_opportunities",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "volunteer_opportunities");
        }
    }
}
