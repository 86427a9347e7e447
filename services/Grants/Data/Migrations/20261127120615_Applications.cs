using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Frivillighed.Grants.Data.Migrations
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "criteria",
                table: "grant_pools",
                type: "jsonb",
                nullable: true,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "eligibility",
                table: "grant_pools",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "ApprovedAssociations");

            migrationBuilder.AddColumn<decimal>(
                name: "max_per_application",
                table: "grant_pools",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "paid",
                table: "grant_pools",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "report_due_months",
                table: "grant_pools",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<List<string>>(
                name: "required_fields",
                table: "grant_pools",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<decimal>(
                name: "staff_decision_limit",
                table: "grant_pools",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    pool_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pool_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    only_if_money_left = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rounds", x => x.id);
                    table.ForeignKey(
                        name: "fk_rounds_grant_pools_pool_id",
                        column: x => x.pool_id,
                        principalTable: "grant_pools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grant_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pool_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: true),
                    period_end = table.Column<DateOnly>(type: "date", nullable: true),
                    requested_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    co_financing = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    target_group = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    volunteers = table.Column<int>(type: "integer", nullable: true),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    flag = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    answers = table.Column<string>(type: "jsonb", nullable: true),
                    budget_lines = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grant_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_grant_applications_grant_pools_pool_id",
                        column: x => x.pool_id,
                        principalTable: "grant_pools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_grant_applications_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessments_grant_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "grant_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "awards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pool_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    report_due = table.Column<DateOnly>(type: "date", nullable: false),
                    decided_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decided_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    committee_meeting_date = table.Column<DateOnly>(type: "date", nullable: true),
                    committee_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    quota_facility_kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    quota_hours = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    overdue_announced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_awards", x => x.id);
                    table.CheckConstraint("ck_awards_amount", "amount > 0");
                    table.CheckConstraint("ck_awards_paid", "paid >= 0 AND paid <= amount");
                    table.ForeignKey(
                        name: "fk_awards_grant_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "grant_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payouts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_by_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payouts", x => x.id);
                    table.CheckConstraint("ck_payouts_amount", "amount > 0");
                    table.ForeignKey(
                        name: "fk_payouts_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "use_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    spent = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    results = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    repayment_claim = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_use_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_use_reports_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_grant_pools_paid",
                table: "grant_pools",
                sql: "paid >= 0 AND paid <= committed");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_application_id_assessor_id",
                table: "assessments",
                columns: new[] { "application_id", "assessor_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_application_id",
                table: "audit_entries",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_application_id",
                table: "awards",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_awards_association_id",
                table: "awards",
                column: "association_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_pool_id",
                table: "awards",
                column: "pool_id");

            migrationBuilder.CreateIndex(
                name: "ix_grant_applications_association_id",
                table: "grant_applications",
                column: "association_id");

            migrationBuilder.CreateIndex(
                name: "ix_grant_applications_pool_id_round_id",
                table: "grant_applications",
                columns: new[] { "pool_id", "round_id" });

            migrationBuilder.CreateIndex(
                name: "ix_grant_applications_round_id",
                table: "grant_applications",
                column: "round_id");

            migrationBuilder.CreateIndex(
                name: "ix_payouts_award_id",
                table: "payouts",
                column: "award_id");

            migrationBuilder.CreateIndex(
                name: "ix_rounds_pool_id",
                table: "rounds",
                column: "pool_id");

            migrationBuilder.CreateIndex(
                name: "ix_use_reports_award_id",
                table: "use_reports",
                column: "award_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "payouts");

            migrationBuilder.DropTable(
                name: "use_reports");

            migrationBuilder.DropTable(
                name: "awards");

            migrationBuilder.DropTable(
                name: "grant_applications");

            migrationBuilder.DropTable(
                name: "rounds");

            migrationBuilder.DropCheckConstraint(
                name: "ck_grant_pools_paid",
                table: "grant_pools");

            migrationBuilder.DropColumn(
                name: "criteria",
                table: "grant_pools");

            migrationBuilder.DropColumn(
                name: "eligibility",
                table: "grant_pools");

            migrationBuilder.DropColumn(
                name: "max_per_application",
                table: "grant_pools");

            migrationBuilder.DropColumn(
                name: "paid",
                table: "grant_pools");

            migrationBuilder.DropColumn(
                name: "report_due_months",
                table: "grant_pools");

            migrationBuilder.DropColumn(
                name: "required_fields",
                table: "grant_pools");

            migrationBuilder.DropColumn(
                name: "staff_decision_limit",
                table: "grant_pools");
        }
    }
}
