using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frivillighed.Grants.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatutoryGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_awards_grant_applications_application_id",
                table: "awards");

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "grant_pools",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Project");

            migrationBuilder.AddColumn<string>(
                name: "terms",
                table: "grant_pools",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "report_due",
                table: "awards",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.CreateTable(
                name: "activity_grant_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pool_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    rate_per_member_under25 = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    rate_per_activity_hour = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    budget = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    gross_total = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    reduction_factor = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    computed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    excluded = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_grant_runs", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_grant_runs_grant_pools_pool_id",
                        column: x => x.pool_id,
                        principalTable: "grant_pools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "member_counts",
                columns: table => new
                {
                    association_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    members_under25 = table.Column<int>(type: "integer", nullable: false),
                    members25and_over = table.Column<int>(type: "integer", nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_counts", x => new { x.association_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "premises_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pool_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    calculated = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    awarded = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    decided_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    award_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    premises = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_premises_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_premises_applications_grant_pools_pool_id",
                        column: x => x.pool_id,
                        principalTable: "grant_pools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activity_grants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pool_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    members_under25 = table.Column<int>(type: "integer", nullable: false),
                    count_revision = table.Column<int>(type: "integer", nullable: false),
                    activity_hours = table.Column<int>(type: "integer", nullable: false),
                    gross = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_revision = table.Column<int>(type: "integer", nullable: false),
                    corrections = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_grants", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_grants_activity_grant_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "activity_grant_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_grant_pools_kind_year",
                table: "grant_pools",
                columns: new[] { "kind", "year" },
                unique: true,
                filter: "kind <> 'Project'");

            migrationBuilder.CreateIndex(
                name: "ix_activity_grant_runs_pool_id",
                table: "activity_grant_runs",
                column: "pool_id",
                unique: true,
                filter: "status = 'Approved'");

            migrationBuilder.CreateIndex(
                name: "ix_activity_grants_association_id",
                table: "activity_grants",
                column: "association_id");

            migrationBuilder.CreateIndex(
                name: "ix_activity_grants_run_id_association_id",
                table: "activity_grants",
                columns: new[] { "run_id", "association_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_premises_applications_pool_id_association_id",
                table: "premises_applications",
                columns: new[] { "pool_id", "association_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_grants");

            migrationBuilder.DropTable(
                name: "member_counts");

            migrationBuilder.DropTable(
                name: "premises_applications");

            migrationBuilder.DropTable(
                name: "activity_grant_runs");

            migrationBuilder.DropIndex(
                name: "ix_grant_pools_kind_year",
                table: "grant_pools");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "grant_pools");

            migrationBuilder.DropColumn(
                name: "terms",
                table: "grant_pools");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "report_due",
                table: "awards",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AddForeignKey(
                name: "fk_awards_grant_applications_application_id",
                table: "awards",
                column: "application_id",
                principalTable: "grant_applications",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
