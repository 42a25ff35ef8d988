package org.claimspan.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimspan.Profile;

/**
 * Runs Claimspan over a corpus of articles on Apache Spark and writes who said what as a table.
 *
 * <pre>
 * ClaimspanSparkJob --input ARTICLES --output DIR [--input-format auto|jsonl|parquet]
 *                   [--format parquet|jsonl] [--profile accurate] [--partitions N] [--overwrite]
 *                   [--master URL]
 * </pre>
 *
 * <p>Input: JSON Lines or Parquet records with {@code id} and {@code text}, and optionally {@code
 * url}, {@code publisher}, {@code date} (strings). Output: {@link ClaimspanRows#SCHEMA}, one row
 * per document, attribution, claim and failed document. {@code --master} is for runs without
 * spark-submit (it sets {@code spark.master}).
 */
public final class ClaimspanSparkJob {

  /** The column Spark's JSON reader fills with a line it cannot parse. */
  static final String CORRUPT_RECORD = "_corrupt_record";

  /** The columns the extraction step reads, in this order. */
  static final List<String> INPUT_COLUMNS = List.of("id", "text", "url", "publisher", "date", CORRUPT_RECORD);

  private static final StructType JSONL_INPUT = new StructType()
      .add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("publisher", DataTypes.StringType)
      .add("date", DataTypes.StringType)
      .add(CORRUPT_RECORD, DataTypes.StringType);

  private ClaimspanSparkJob() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("claimspan-spark: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    if (options.help) {
      System.out.println(Options.USAGE);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("claimspan");
    if (options.master != null) {
      builder.master(options.master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      run(spark, options, System.out);
    } finally {
      spark.stop();
    }
  }

  /**
   * Reads the articles, extracts, writes the table and prints row counts by record type.
   *
   * @return the number of error rows written
   */
  public static long run(SparkSession spark, Options options, PrintStream log) {
    Dataset<Row> articles = readArticles(spark, options.input, options.inputFormat);
    int partitions = options.partitions > 0
        ? options.partitions
        : Math.max(articles.rdd().getNumPartitions(), 2 * spark.sparkContext().defaultParallelism());
    if (partitions != articles.rdd().getNumPartitions()) {
      articles = articles.repartition(partitions);
    }
    long start = System.nanoTime();
    Dataset<Row> rows = extract(articles, options.profile);
    SaveMode mode = options.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    Dataset<Row> written;
    if (options.format.equals("jsonl")) {
      rows.write().mode(mode).json(options.output);
      written = spark.read().schema(ClaimspanRows.SCHEMA).json(options.output);
    } else {
      rows.write().mode(mode).parquet(options.output);
      written = spark.read().parquet(options.output);
    }
    long errors = 0;
    for (Row count : written.groupBy("record_type").count().orderBy("record_type").collectAsList()) {
      log.printf(Locale.ROOT, "claimspan-spark: %s rows: %d%n", count.getString(0), count.getLong(1));
      if (ClaimspanRows.ERROR.equals(count.getString(0))) {
        errors = count.getLong(1);
      }
    }
    log.printf(Locale.ROOT, "claimspan-spark: wrote %s (%s, profile %s, %d partitions) in %.1f s%n",
        options.output, options.format, options.profile.id(), partitions, (System.nanoTime() - start) / 1e9);
    return errors;
  }

  /**
   * The extraction step on its own, for use inside other jobs: articles with columns {@code id},
   * {@code text} and optionally {@code url}, {@code publisher}, {@code date} in, {@link
   * ClaimspanRows#SCHEMA} rows out.
   */
  public static Dataset<Row> extract(Dataset<Row> articles, Profile profile) {
    return withInputColumns(articles)
        .mapPartitions(new ExtractPartition(profile), Encoders.row(ClaimspanRows.SCHEMA));
  }

  /** The articles of a JSON Lines or Parquet input. */
  public static Dataset<Row> readArticles(SparkSession spark, String input, String format) {
    String chosen = format.equals("auto") ? (input.endsWith(".parquet") ? "parquet" : "jsonl") : format;
    switch (chosen) {
      case "jsonl":
        // An explicit schema: a malformed line becomes a row with _corrupt_record set (an error row
        // later), never a silently dropped one.
        return spark.read().schema(JSONL_INPUT).option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", CORRUPT_RECORD).json(input);
      case "parquet":
        return spark.read().parquet(input);
      default:
        throw new IllegalArgumentException("unknown input format '" + format + "'; use auto, jsonl or parquet");
    }
  }

  /** The input columns as strings, absent optional ones as nulls. */
  private static Dataset<Row> withInputColumns(Dataset<Row> articles) {
    List<String> present = Arrays.asList(articles.columns());
    for (String required : List.of("id", "text")) {
      if (!present.contains(required)) {
        throw new IllegalArgumentException(
            "the articles have no '" + required + "' column; columns: " + present);
      }
    }
    List<Column> columns = new ArrayList<>();
    for (String name : INPUT_COLUMNS) {
      Column column = present.contains(name) ? col(name) : lit(null);
      columns.add(column.cast(DataTypes.StringType).as(name));
    }
    return articles.select(columns.toArray(Column[]::new));
  }

  /** The job's command-line options. */
  public static final class Options {
    static final String USAGE = String.join("\n",
        "usage: ClaimspanSparkJob --input ARTICLES --output DIR [options]",
        "  --input PATH           JSON Lines or Parquet articles: id, text, and optional url, publisher, date",
        "  --input-format F       auto (default: parquet if PATH ends with .parquet, else jsonl), jsonl, parquet",
        "  --output DIR           where to write the table",
        "  --format F             parquet (default) or jsonl",
        "  --profile P            Claimspan profile, e.g. accurate (default) or fast",
        "  --partitions N         repartition the articles into N partitions (default: at least 2 per core)",
        "  --overwrite            replace DIR if it exists",
        "  --master URL           Spark master for runs without spark-submit, e.g. local[2]");

    String input;
    String inputFormat = "auto";
    String output;
    String format = "parquet";
    Profile profile = Profile.ACCURATE;
    int partitions;
    boolean overwrite;
    String master;
    boolean help;

    /** Parses the arguments; throws {@link IllegalArgumentException} with a readable message. */
    public static Options parse(String... args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help", "-h" -> o.help = true;
          case "--overwrite" -> o.overwrite = true;
          case "--input" -> o.input = value(args, ++i, arg);
          case "--input-format" -> o.inputFormat = oneOf(value(args, ++i, arg), arg, "auto", "jsonl", "parquet");
          case "--output" -> o.output = value(args, ++i, arg);
          case "--format" -> o.format = oneOf(value(args, ++i, arg), arg, "parquet", "jsonl");
          case "--profile" -> o.profile = Profile.fromId(value(args, ++i, arg));
          case "--master" -> o.master = value(args, ++i, arg);
          case "--partitions" -> {
            String n = value(args, ++i, arg);
            try {
              o.partitions = Integer.parseInt(n);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--partitions needs a number: " + n);
            }
            if (o.partitions < 1) {
              throw new IllegalArgumentException("--partitions must be at least 1: " + n);
            }
          }
          default -> throw new IllegalArgumentException("unknown option: " + arg);
        }
      }
      if (!o.help && (o.input == null || o.output == null)) {
        throw new IllegalArgumentException("--input and --output are required");
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static String oneOf(String value, String option, String... allowed) {
      if (!Arrays.asList(allowed).contains(value)) {
        throw new IllegalArgumentException(option + " must be one of " + Arrays.toString(allowed) + ": " + value);
      }
      return value;
    }
  }
}
