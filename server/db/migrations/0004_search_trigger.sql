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
-- Search vectors, one per text configuration, and the technology paths used by filters and facets.
-- Weights: A name, B the labels of the declared terms in both languages plus keywords, C description,
-- D the description in the other language. Synonyms and ancestors stay out of the vectors (they would
-- make them large enough to be TOASTed): the query side expands recognised terms to all their names
-- and also matches declared terms and their ancestors through technology_paths.
CREATE OR REPLACE FUNCTION organisations_search_vectors() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  terms text;
  extra text;
BEGIN
  SELECT coalesce(string_agg(t.label_en || ' ' || t.label_fr, ' '), '')
    INTO terms
    FROM taxonomy_terms t
   WHERE t.code = ANY(NEW.technologies || NEW.application_domains || NEW.s3_areas);
  extra := terms || ' ' || array_to_string(NEW.keywords, ' ');
  NEW.technology_paths := taxonomy_with_ancestors(NEW.technologies);
  NEW.search_en :=
       setweight(to_tsvector('lp_english', coalesce(NEW.name, '')), 'A')
    || setweight(to_tsvector('lp_english', extra), 'B')
    || setweight(to_tsvector('lp_english', coalesce(NEW.description_en, '')), 'C')
    || setweight(to_tsvector('lp_english', coalesce(NEW.description_fr, '')), 'D');
  NEW.search_fr :=
       setweight(to_tsvector('lp_french', coalesce(NEW.name, '')), 'A')
    || setweight(to_tsvector('lp_french', extra), 'B')
    || setweight(to_tsvector('lp_french', coalesce(NEW.description_fr, '')), 'C')
    || setweight(to_tsvector('lp_french', coalesce(NEW.description_en, '')), 'D');
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER organisations_search
  BEFORE INSERT OR UPDATE OF name, description_en, description_fr, keywords, technologies, application_domains, s3_areas
  ON organisations
  FOR EACH ROW EXECUTE FUNCTION organisations_search_vectors();
--> statement-breakpoint
UPDATE organisations SET name = name;
