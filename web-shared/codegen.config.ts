import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The one codegen set-up of the three apps, run from each app's folder: typed documents from
 * the app's `*.graphql` files against the committed schema, into `src/gql/`.
 */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};
export default config;
