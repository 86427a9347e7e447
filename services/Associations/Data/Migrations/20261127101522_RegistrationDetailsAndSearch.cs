using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Frivillighed.Associations.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationDetailsAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int[]>(
                name: "activity_areas",
                table: "associations",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<string>(
                name: "address",
                table: "associations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "contact_email",
                table: "associations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_phone",
                table: "associations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "associations",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "founded_on",
                table: "associations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "has_children_under15",
                table: "associations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "associations",
                type: "tsvector",
                nullable: false)
                .Annotation("Npgsql:TsVectorConfig", "danish")
                .Annotation("Npgsql:TsVectorProperties", new[] { "name", "town", "description" });

            migrationBuilder.AddColumn<string>(
                name: "website",
                table: "associations",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_associations_search_vector",
                table: "associations",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_associations_search_vector",
                table: "associations");

            migrationBuilder.DropColumn(
                name: "activity_areas",
                table: "associations");

            migrationBuilder.DropColumn(
                name: "address",
                table: "associations");

            migrationBuilder.DropColumn(
                name: "contact_email",
                table: "associations");

            migrationBuilder.DropColumn(
                name: "contact_phone",
                table: "associations");

            migrationBuilder.DropColumn(
                name: "description",
                table: "associations");

            migrationBuilder.DropColumn(
                name: "founded_on",
                table: "associations");

            migrationBuilder.DropColumn(
                name: "has_children_under15",
                table: "associations");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "associations");

            migrationBuilder.DropColumn(
                name: "website",
                table: "associations");
        }
    }
}
