import { useState, type ReactNode } from 'react'
import { App, Form, Modal } from 'antd'
import { useShowProblem } from '../lib/form-errors'

interface Props<T> {
  title: ReactNode
  initialValues?: Partial<T>
  /** Sends the form; a rejected ApiProblem lands on the form's fields. */
  onSubmit: (values: T) => Promise<unknown>
  onClose: () => void
  successMessage?: string
  /** The modal's width (antd's default 520 px fits a few fields). */
  width?: number
  children: ReactNode
}

/** A dialog holding one form: mount it to open it, it closes itself after a successful submit. */
export function FormDialog<T extends object>({ title, initialValues, onSubmit, onClose, successMessage, width, children }: Props<T>) {
  const [form] = Form.useForm<T>()
  const [saving, setSaving] = useState(false)
  const showProblem = useShowProblem()
  const { message } = App.useApp()

  const finish = async (values: T) => {
    setSaving(true)
    try {
      await onSubmit(values)
      if (successMessage) message.success(successMessage)
      onClose()
    } catch (error) {
      showProblem(error, form)
      setSaving(false)
    }
  }

  return (
    <Modal
      open
      title={title}
      width={width}
      onCancel={onClose}
      onOk={form.submit}
      okButtonProps={{ loading: saving }}
      mask={{ closable: false }}
    >
      <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={finish}>
        {children}
      </Form>
    </Modal>
  )
}
