import 'element-plus/theme-chalk/base.css';
import './style.css';
import './phone.css';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp } from 'vue';
import App from './App.vue';
import { apolloClient } from './apollo.js';
import { i18n } from './i18n/index.js';
import { router } from './router.js';

createApp(App).provide(DefaultApolloClient, apolloClient).use(i18n).use(router).mount('#app');
