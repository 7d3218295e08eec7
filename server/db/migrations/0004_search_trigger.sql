-- A term and its ancestors: 'tech:a.b.c' → {'tech:a.b.c','tech:a.b','tech:a'}. Codes are dotted paths,
-- so the hierarchy is readable from the code itself; used by search vectors and facet counts.
CREATE OR REPLACE FUNCTION taxonomy_with_ancestors(codes text[]) RETURNS text[]
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  c text;
  p text;
  result text[] := '{}';
BEGIN
  FOREACH c IN ARRAY coalesce(codes, '{}') LOOP
    p := c;
    LOOP
      IF NOT p = ANY(result) THEN
        result := result || p;
      END IF;
      EXIT WHEN position('.' in p) = 0;
      p := regexp_replace(p, '\.[^.]*$', '');
    END LOOP;
  END LOOP;
  RETURN result;
END $$;
--> statement-breakpoint
-- Accent-folding copies of the English and French configurations: "télémétrie" and "telemetrie" give
-- the same lexeme, and ts_headline still highlights the accented original text.
CREATE TEXT SEARCH CONFIGURATION lp_english (COPY = english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION lp_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION lp_french (COPY = french);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION lp_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
--> statement-breakpoint
-- The lexeme that stands for a taxonomy term in search vectors and queries ("c" and 16 hex digits:
-- one alphanumeric token, so no text parser splits it).
CREATE OR REPLACE FUNCTION taxonomy_lexeme(code text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT 'c' || left(md5(code), 16) $$;
--> statement-breakpoint
-- One search vector per organisation, so one GIN index answers a query whatever language each part
-- of it is in: the English and the French analyses of the same text side by side, plus a lexeme per
-- declared term and each of its ancestors (a query naming "lasers" matches "fibre lasers").
-- Weights: A name, B the labels of the declared terms (both languages) and keywords, C descriptions.
-- Synonyms stay out (they would make vectors large enough to be TOASTed): queries expand recognised
-- terms to all their names and to the term lexeme instead.
CREATE OR REPLACE FUNCTION organisations_search_vectors() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  terms text;
  codes text[];
  body text;
BEGIN
  SELECT coalesce(string_agg(t.label_en || ' ' || t.label_fr, ' '), '')
    INTO terms
    FROM taxonomy_terms t
   WHERE t.code = ANY(NEW.technologies || NEW.application_domains || NEW.s3_areas);
  NEW.technology_paths := taxonomy_with_ancestors(NEW.technologies);
  codes := NEW.technology_paths || NEW.application_domains || NEW.s3_areas;
  terms := terms || ' ' || array_to_string(NEW.keywords, ' ');
  body := coalesce(NEW.description_en, '') || ' ' || coalesce(NEW.description_fr, '');
  NEW.search_vector :=
       setweight(to_tsvector('lp_english', coalesce(NEW.name, '')), 'A')
    || setweight(to_tsvector('lp_english', terms), 'B')
    || setweight(to_tsvector('lp_english', body), 'C')
    || setweight(to_tsvector('lp_french', coalesce(NEW.name, '')), 'A')
    || setweight(to_tsvector('lp_french', terms), 'B')
    || setweight(to_tsvector('lp_french', body), 'C')
    || array_to_tsvector(ARRAY(SELECT DISTINCT taxonomy_lexeme(c) FROM unnest(codes) c WHERE c IS NOT NULL));
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER organisations_search
  BEFORE INSERT OR UPDATE OF name, description_en, description_fr, keywords, technologies, application_domains, s3_areas
  ON organisations
  FOR EACH ROW EXECUTE FUNCTION organisations_search_vectors();
--> statement-breakpoint
UPDATE organisations SET name = name;
