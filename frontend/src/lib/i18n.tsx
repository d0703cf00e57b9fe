// zh-CN first, English second: a small own dictionary, the choice kept in localStorage.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { ConfigProvider } from 'antd'
import antdEnUS from 'antd/locale/en_US'
import antdZhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { zhCN, type MessageKey } from './messages/zh-CN'
import { enUS } from './messages/en-US'

export type Language = 'zh-CN' | 'en-US'
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

const STORAGE_KEY = 'fpms.language'
const dictionaries = { 'zh-CN': zhCN, 'en-US': enUS }
const antdLocales = { 'zh-CN': antdZhCN, 'en-US': antdEnUS }

interface I18n {
  language: Language
  setLanguage: (language: Language) => void
  t: Translate
}

const I18nContext = createContext<I18n | null>(null)

/** The language chosen in the SPA (zh-CN unless English was picked); the API client sends it as Accept-Language. */
export function storedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en-US' ? 'en-US' : 'zh-CN'
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage)
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next)
    setLanguageState(next)
  }, [])
  const value = useMemo<I18n>(() => {
    const dictionary = dictionaries[language]
    const t: Translate = (key, params) =>
      (dictionary[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`))
    return { language, setLanguage, t }
  }, [language, setLanguage])
  useEffect(() => {
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en')
    document.documentElement.lang = language
    document.title = value.t('app.title')
  }, [language, value])
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={antdLocales[language]}>{children}</ConfigProvider>
    </I18nContext.Provider>
  )
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n needs <I18nProvider>')
  return i18n
}

export function useT(): Translate {
  return useI18n().t
}
